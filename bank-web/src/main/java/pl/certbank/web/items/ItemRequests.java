package pl.certbank.web.items;

import java.util.List;
import java.util.Set;
import pl.certbank.items.boundary.BulkItems;

/** Small request bodies of the item API. */
public final class ItemRequests {

    private ItemRequests() {
    }

    /** A reason or comment. */
    public record Note(String text) {
    }

    /** The family an item belongs to (variants of one question); null or blank removes it. */
    public record FamilyRequest(String family) {
    }

    /** One action on many items. */
    public record BulkRequest(BulkItems.Action action, List<Long> ids, Set<String> criteria, String reason) {
    }
}
