package pl.certbank.items.control;

import pl.certbank.audit.entity.AuditEntry;
import pl.certbank.audit.entity.Subject;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemStatus;
import pl.certbank.items.entity.ItemVersion;

/**
 * The audit entries of item changes, worded in one place: whichever path writes an item (a boundary, the demo bank,
 * the generator's bulk path) records the same entries.
 */
public final class ItemAudit {

    private ItemAudit() {
    }

    public static AuditEntry created(String actor, long itemId, ItemVersion version) {
        return new AuditEntry(actor, "CREATE", Subject.item(itemId), version.getNumber(), null, describe(version));
    }

    public static AuditEntry edited(String actor, long itemId, ItemStatus statusBefore, ItemVersion before,
            ItemStatus statusAfter, ItemVersion version) {
        return new AuditEntry(actor, "EDIT", Subject.item(itemId), version.getNumber(),
                statusBefore + " " + describe(before), statusAfter + " " + describe(version));
    }

    /** A lifecycle step (SUBMIT, APPROVE, RETURN, RETIRE) of the item's latest version, from {@code before}. */
    public static AuditEntry moved(String actor, String action, long itemId, Item item, ItemStatus before) {
        return new AuditEntry(actor, action, Subject.item(itemId), item.getLatestVersion().getNumber(),
                before.name(), item.getStatus().name());
    }

    /** ENEMIES or FAMILY, with the values before and after. */
    public static AuditEntry related(String actor, String relation, long itemId, String before, String after) {
        return new AuditEntry(actor, relation, Subject.item(itemId), null, before, after);
    }

    private static String describe(ItemVersion version) {
        return version == null ? null
                : "v" + version.getNumber() + " " + version.getType() + " " + version.criterionCodes() + ": "
                        + version.getStem();
    }
}
