package pl.certbank.web.statistics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import pl.certbank.qualifications.boundary.Qualifications;
import pl.certbank.security.entity.Roles;
import pl.certbank.statistics.boundary.Coverage;

/** GET /bank/api/v1/items/coverage[?qualification=CODE]: items new forms may use, per verification criterion. */
@Path("v1/items/coverage")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.DESIGNER, Roles.PUBLISHER, Roles.PRINTER, Roles.ADMIN})
public class CoverageResource {

    @Inject
    Coverage coverage;

    @Inject
    Qualifications qualifications;

    @GET
    public CoverageView coverage(@QueryParam("qualification") String qualification) {
        String code = qualification != null && !qualification.isBlank() ? qualification.strip() : defaultCode();
        return new CoverageView(code, coverage.perCriterion(code));
    }

    private String defaultCode() {
        try {
            return qualifications.defaultCode();
        } catch (jakarta.ejb.EJBException | IllegalStateException e) {
            throw new BadRequestException("The bank holds no qualification yet");
        }
    }
}
