package pl.certbank.items.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import pl.certbank.items.control.InvalidItem;
import pl.certbank.items.control.ItemError;
import pl.certbank.items.control.VersionContent;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemRuleViolation;
import pl.certbank.items.entity.ItemStatus;
import pl.certbank.security.entity.Roles;

/**
 * One action on many items. Each item is changed in a transaction of its own, so one refusal (a wrong status, a
 * concurrent edit) is reported for that item and does not undo the others.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
public class BulkItems {

    private static final Logger LOG = Logger.getLogger(BulkItems.class.getName());

    /** What a bulk request does. */
    public enum Action {
        TAG,
        UNTAG,
        SUBMIT,
        RETIRE
    }

    /** Why an item was refused, so that a page can word it in the user's language. */
    public enum Refusal {
        /** The item's status does not allow the action (e.g. submitting an approved item, tagging a retired one). */
        WRONG_STATUS,
        /** Retiring needs a reason. */
        REASON_REQUIRED,
        /** Someone changed the item while the action ran. */
        STALE,
        /** The change would break the item's structural rules (e.g. untagging its last criterion). */
        INVALID,
        NOT_FOUND,
        OTHER
    }

    /**
     * The outcome for one item: its reference and status after the attempt (null when there is no such item), and
     * for a refusal why ({@code refusal}) with the domain's own words ({@code message}) and, for an INVALID one, the
     * structural rules the change would break ({@code errors}).
     */
    public record Outcome(long id, String reference, ItemStatus status, boolean done, Refusal refusal,
            String message, List<ItemError> errors) {
    }

    @EJB
    Items items;

    public List<Outcome> apply(Action action, List<Long> ids, Set<String> criteria, String reason) {
        List<Outcome> outcomes = new ArrayList<>();
        boolean reasonMissing = action == Action.RETIRE && (reason == null || reason.isBlank());
        for (Long id : ids) {
            if (reasonMissing) {
                // Each item would refuse it; checked first so that the refusal names what is missing, not a status.
                outcomes.add(refused(id, Refusal.REASON_REQUIRED, "Retiring an item needs a reason", List.of()));
                continue;
            }
            try {
                Item item = switch (action) {
                    case TAG -> retag(id, criteria, true);
                    case UNTAG -> retag(id, criteria, false);
                    case SUBMIT -> items.submitForReview(id, null);
                    case RETIRE -> items.retire(id, null, reason);
                };
                outcomes.add(new Outcome(id, item.getReference(), item.getStatus(), true, null,
                        item.getReference() + ": " + item.getStatus(), List.of()));
            } catch (RuntimeException e) {
                outcomes.add(refused(id, e));
            }
        }
        return outcomes;
    }

    /** Names the refusal from the first known cause in the chain; anything else is logged, not shown raw. */
    private Outcome refused(long id, RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ItemNotFound) {
                return new Outcome(id, null, null, false, Refusal.NOT_FOUND, cause.getMessage(), List.of());
            } else if (cause instanceof StaleItem || cause instanceof jakarta.persistence.OptimisticLockException) {
                return refused(id, Refusal.STALE, cause instanceof StaleItem ? cause.getMessage()
                        : "Someone else changed the item meanwhile", List.of());
            } else if (cause instanceof InvalidItem invalid) {
                return refused(id, Refusal.INVALID, cause.getMessage(), invalid.violations());
            } else if (cause instanceof ItemRuleViolation violation
                    && violation.getKind() == ItemRuleViolation.Kind.WRONG_STATUS) {
                return refused(id, Refusal.WRONG_STATUS, cause.getMessage(), List.of());
            }
        }
        LOG.log(Level.WARNING, "Bulk action on item " + id + " failed", failure);
        return refused(id, Refusal.OTHER, "The item could not be changed; the server log says why", List.of());
    }

    /** A refusal with the item's reference and status as they are now, so that the caller can say what was wrong. */
    private Outcome refused(long id, Refusal refusal, String message, List<ItemError> errors) {
        try {
            Item item = items.find(id);
            return new Outcome(id, item.getReference(), item.getStatus(), false, refusal, message, errors);
        } catch (ItemNotFound e) {
            return new Outcome(id, null, null, false, Refusal.NOT_FOUND, e.getMessage(), List.of());
        }
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
