package pl.certbank.items.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import pl.certbank.items.control.VersionContent;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.security.entity.Roles;

/**
 * One action on many items. Each item is changed in a transaction of its own, so one refusal (a wrong status, a
 * concurrent edit) is reported for that item and does not undo the others.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
public class BulkItems {

    /** What a bulk request does. */
    public enum Action {
        TAG, UNTAG, SUBMIT, RETIRE
    }

    /** The outcome for one item. */
    public record Outcome(long id, boolean done, String message) {
    }

    @EJB
    Items items;

    public List<Outcome> apply(Action action, List<Long> ids, Set<String> criteria, String reason) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Long id : ids) {
            try {
                Item item = switch (action) {
                    case TAG -> retag(id, criteria, true);
                    case UNTAG -> retag(id, criteria, false);
                    case SUBMIT -> items.submitForReview(id, null);
                    case RETIRE -> items.retire(id, null, reason);
                };
                outcomes.add(new Outcome(id, true, item.getReference() + ": " + item.getStatus()));
            } catch (EJBException e) {
                outcomes.add(new Outcome(id, false, e.getCause() == null ? e.getMessage()
                        : e.getCause().getMessage()));
            } catch (RuntimeException e) {
                outcomes.add(new Outcome(id, false, e.getMessage()));
            }
        }
        return outcomes;
    }

    private Item retag(long id, Set<String> codes, boolean add) {
        Item item = items.find(id);
        ItemContent content = VersionContent.of(item.getLatestVersion());
        Set<String> tags = new TreeSet<>(content.criteria());
        if (add) {
            tags.addAll(codes);
        } else {
            tags.removeAll(codes);
        }
        return items.revise(id, item.getLock(), content.withCriteria(tags));
    }
}
