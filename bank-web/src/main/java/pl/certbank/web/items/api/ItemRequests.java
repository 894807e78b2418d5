package pl.certbank.web.items.api;

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

    /**
     * An item's relations, replaced together: {@code enemies} the references of the items that must never share a
     * form with it (as the item's view lists them), {@code family} the family of variants it belongs to (null or
     * blank: none).
     */
    public record RelationsRequest(List<String> enemies, String family) {
    }

    /** One action on many items. */
    public record BulkRequest(BulkItems.Action action, List<Long> ids, Set<String> criteria, String reason) {
    }
}
