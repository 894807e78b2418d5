package pl.certbank.web.items.api;

import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pl.certbank.input.JsonInput;
import pl.certbank.items.control.ItemRelations;
import pl.certbank.items.entity.Item;
import pl.certbank.items.boundary.BulkItems;

/** Small request bodies of the item API, each read strictly from its JSON (and described for OpenAPI by its record). */
public final class ItemRequests {

    private ItemRequests() {
    }

    /** A reason or comment; no body at all reads as no text. */
    public record Note(@Schema(maxLength = Item.MAX_REASON) String text) {
        static Note read(JsonValue body) {
            if (body == null || body == JsonValue.NULL) {
                return new Note(null);
            }
            JsonInput json = JsonInput.strict(body);
            Note note = new Note(json.string("text"));
            json.done();
            return note;
        }
    }

    /**
     * An item's relations, replaced together: {@code enemies} the references of the items that must never share a
     * form with it (as the item's view lists them), {@code family} the family of variants it belongs to (null or
     * blank: none).
     */
    public record RelationsRequest(@Schema(maxItems = ItemRelations.MAX_ENEMIES) List<String> enemies,
            @Schema(maxLength = Item.MAX_FAMILY) String family) {
        static RelationsRequest read(JsonValue body) {
            JsonInput json = JsonInput.strict(body);
            RelationsRequest request = new RelationsRequest(json.strings("enemies"), json.string("family"));
            json.done();
            return request;
        }
    }

    /** One action on many items. */
    public record BulkRequest(BulkItems.Action action,
            @Schema(minItems = 1, maxItems = BulkItems.MAX_ITEMS) List<Long> ids,
            Set<String> criteria, @Schema(maxLength = Item.MAX_REASON) String reason) {
        static BulkRequest read(JsonValue body) {
            JsonInput json = JsonInput.strict(body);
            BulkRequest request = new BulkRequest(json.name("action", BulkItems.Action.class), json.integers("ids"),
                    new LinkedHashSet<>(json.strings("criteria")), json.string("reason"));
            json.done();
            return request;
        }
    }
}
