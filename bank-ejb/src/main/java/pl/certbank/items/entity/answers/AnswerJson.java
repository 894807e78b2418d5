package pl.certbank.items.entity.answers;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import pl.certbank.input.JsonInput;
import pl.certbank.items.entity.ItemType;

/**
 * The one converter between an answer and its JSON: the text a version stores, and the object the API shows. Both keep
 * the shape every version has had since the first release (docs/adr/0007): {@code options}, {@code pairs},
 * {@code distractors}, {@code sequence}, {@code accepted} and {@code numeric} are always there, empty where the type
 * does not use them, and the type's own fields ({@code truth}, {@code tolerance}, ...) come with it.
 */
public final class AnswerJson {

    private static final JsonObject ENVELOPE = Json.createObjectBuilder()
            .add("options", JsonValue.EMPTY_JSON_ARRAY).add("pairs", JsonValue.EMPTY_JSON_ARRAY)
            .add("distractors", JsonValue.EMPTY_JSON_ARRAY).add("sequence", JsonValue.EMPTY_JSON_ARRAY)
            .add("accepted", JsonValue.EMPTY_JSON_ARRAY).add("numeric", false).build();

    private AnswerJson() {
    }

    /** The stored text of an answer. */
    public static String write(Answer answer) {
        return object(answer, false).toString();
    }

    /** The answer a version stored, read as the type the version records. */
    public static Answer read(ItemType type, String stored) {
        try {
            return type.answerFrom(JsonInput.lenient(Json.createReader(new StringReader(stored)).readObject()));
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalStateException("A stored answer is not JSON: " + e.getMessage(), e);
        }
    }

    /** The answer as the API shows it to bank staff: the stored shape, with the stable ids beside the texts. */
    public static JsonObject shown(Answer answer) {
        return object(answer, true);
    }

    /**
     * An answer of the given type from the fields of a JSON object a client sent (or the demo file), read strictly:
     * values of the wrong kind are recorded in {@code fields}, whose {@code done()} refuses them.
     */
    public static Answer from(ItemType type, JsonInput fields) {
        return type.answerFrom(fields);
    }

    private static JsonObject object(Answer answer, boolean ids) {
        JsonObjectBuilder json = Json.createObjectBuilder(ENVELOPE);
        answer.writeTo(json, ids);
        return json.build();
    }
}
