package pl.certbank.items.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import pl.certbank.audit.control.AuditTrail;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemStatus;

/**
 * The lifecycle steps of an item with their audit entries, in the caller's transaction: the one path that boundaries
 * (for the signed-in caller), the demo bank (for its demo users) and the generator take.
 */
@Dependent
public class ItemLifecycle {

    private final AuditTrail audit;

    /** {@code audit} records each step: the bank's trail, or a bulk writer's collection of the same entries. */
    @Inject
    public ItemLifecycle(AuditTrail audit) {
        this.audit = audit;
    }

    public Item submit(Item item, String actor) {
        ItemStatus before = item.getStatus();
        item.submitForReview(actor);
        return audited(item, actor, "SUBMIT", before);
    }

    public Item approve(Item item, String actor, String comment) {
        ItemStatus before = item.getStatus();
        item.approve(actor, comment);
        return audited(item, actor, "APPROVE", before);
    }

    public Item returnToAuthor(Item item, String actor, String comment) {
        ItemStatus before = item.getStatus();
        item.returnToDraft(actor, comment);
        return audited(item, actor, "RETURN", before);
    }

    public Item retire(Item item, String actor, String reason) {
        ItemStatus before = item.getStatus();
        item.retire(actor, reason);
        return audited(item, actor, "RETIRE", before);
    }

    private Item audited(Item item, String actor, String action, ItemStatus before) {
        audit.record(ItemAudit.moved(actor, action, idOf(item), item, before));
        return item;
    }

    /** The id the audit entries name; the generator's bulk path, which assigns ids itself, says which. */
    protected long idOf(Item item) {
        return item.getId();
    }
}
