package pl.certbank.statistics.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Map;
import pl.certbank.items.boundary.Items;
import pl.certbank.security.entity.Roles;

/**
 * Coverage of a qualification's verification criteria by the items new forms may use. The counts come from the
 * items component; what they mean for test planning (bands, totals) is decided here and on the coverage page.
 */
@Stateless
@RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.DESIGNER, Roles.PUBLISHER, Roles.PRINTER, Roles.ADMIN})
public class Coverage {

    /** Fewer items than this for a criterion is thin: a form drawing on it soon repeats itself. */
    public static final int ENOUGH = 3;

    @EJB
    Items items;

    /** Available items per criterion code of the qualification, zero included, in code order. */
    public Map<String, Long> perCriterion(String qualificationCode) {
        return items.availablePerCriterion(qualificationCode);
    }

    /** How a count reads on the matrix: none, thin (below {@link #ENOUGH}) or enough. */
    public static Band band(long count) {
        return count == 0 ? Band.NONE : count < ENOUGH ? Band.THIN : Band.ENOUGH;
    }

    /** The coverage bands (red, amber, green on the page). */
    public enum Band {
        NONE,
        THIN,
        ENOUGH
    }
}
