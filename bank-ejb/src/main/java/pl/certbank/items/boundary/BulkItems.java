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
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemRefusal;
import pl.certbank.items.entity.ItemStatus;
import pl.certbank.refusals.FieldError;
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
            String message, List<FieldError> errors) {
    }

    @EJB
    Items items;

    /** The most items one bulk request acts on. */
    public static final int MAX_ITEMS = 500;

    public List<Outcome> apply(Action action, List<Long> ids, Set<String> criteria, String reason) {
        if (ids.size() > MAX_ITEMS) {
            throw pl.certbank.refusals.Refusal.of(ItemRefusal.TOO_MANY_ITEMS, MAX_ITEMS, ids.size());
        }
        if (reason != null && reason.length() > pl.certbank.items.entity.Item.MAX_REASON) {
            throw pl.certbank.refusals.Refusal.of(ItemRefusal.REASON_TOO_LONG, pl.certbank.items.entity.Item.MAX_REASON,
                    reason.length());
        }
        List<Outcome> outcomes = new ArrayList<>();
        boolean reasonMissing = action == Action.RETIRE && (reason == null || reason.isBlank());
        for (Long id : ids) {
            if (reasonMissing) {
                // Each item would refuse it; checked first so that the refusal names what is missing, not a status.
                outcomes.add(
                        refused(id, Refusal.REASON_REQUIRED, ItemRefusal.RETIRE_NEEDS_REASON.english(), List.of()));
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

    /** Names the refusal from the domain's refusal in the chain; anything else is logged, not shown raw. */
    private Outcome refused(long id, RuntimeException failure) {
        var refusal = pl.certbank.refusals.Refusal.in(failure);
        if (refusal.isPresent()) {
            var r = refusal.get();
            Refusal why = switch (r.kind()) {
                case NOT_FOUND -> Refusal.NOT_FOUND;
                case STALE, CONFLICT -> Refusal.STALE;
                case INVALID -> Refusal.INVALID;
                case WRONG_STATE -> Refusal.WRONG_STATUS;
                default -> r.is(ItemRefusal.RETIRE_NEEDS_REASON) ? Refusal.REASON_REQUIRED : Refusal.OTHER;
            };
            return why == Refusal.NOT_FOUND ? new Outcome(id, null, null, false, why, r.getMessage(), List.of())
                    : refused(id, why, r.getMessage(), r.errors());
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException) {
                return refused(id, Refusal.STALE, "Someone else changed the item meanwhile", List.of());
            }
        }
        LOG.log(Level.WARNING, "Bulk action on item " + id + " failed", failure);
        return refused(id, Refusal.OTHER, "The item could not be changed; the server log says why", List.of());
    }

    /** A refusal with the item's reference and status as they are now, so that the caller can say what was wrong. */
    private Outcome refused(long id, Refusal refusal, String message, List<FieldError> errors) {
        try {
            Item item = items.find(id);
            return new Outcome(id, item.getReference(), item.getStatus(), false, refusal, message, errors);
        } catch (pl.certbank.refusals.Refusal notFound) {
            return new Outcome(id, null, null, false, Refusal.NOT_FOUND, notFound.getMessage(), List.of());
        }
    }

    private Item retag(long id, Set<String> codes, boolean add) {
        Item item = items.find(id);
        ItemContent content = item.getLatestVersion().content();
        Set<String> tags = new TreeSet<>(content.criteria());
        if (add) {
            tags.addAll(codes);
        } else {
            tags.removeAll(codes);
        }
        return items.revise(id, item.getLock(), content.withCriteria(tags));
    }
}
