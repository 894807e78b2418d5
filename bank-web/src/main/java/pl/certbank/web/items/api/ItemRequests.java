package pl.certbank.web.items.api;

import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import pl.certbank.input.JsonInput;
import pl.certbank.items.boundary.BulkItems;

/** Small request bodies of the item API, each read strictly from its JSON (and described for OpenAPI by its record). */
public final class ItemRequests {

    private ItemRequests() {
    }

    /** A reason or comment; no body at all reads as no text. */
    public record Note(String text) {
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
    public record RelationsRequest(List<String> enemies, String family) {
        static RelationsRequest read(JsonValue body) {
            JsonInput json = JsonInput.strict(body);
            RelationsRequest request = new RelationsRequest(json.strings("enemies"), json.string("family"));
            json.done();
            return request;
        }
    }

    /** One action on many items. */
    public record BulkRequest(BulkItems.Action action, List<Long> ids, Set<String> criteria, String reason) {
        static BulkRequest read(JsonValue body) {
            JsonInput json = JsonInput.strict(body);
            BulkRequest request = new BulkRequest(json.name("action", BulkItems.Action.class), json.integers("ids"),
                    new LinkedHashSet<>(json.strings("criteria")), json.string("reason"));
            json.done();
            return request;
        }
    }
}
