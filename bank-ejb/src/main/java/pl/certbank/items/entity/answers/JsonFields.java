package pl.certbank.items.entity.answers;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Reading and writing the plain JSON values answers are made of. */
final class JsonFields {

    private JsonFields() {
    }

    /**
     * A response made of one list of ids, {@code {"<field>": ["o1", ...]}}: null or no ids is empty, anything else but
     * strings in that list is malformed (with {@code shape} as the reason), otherwise {@code response} of the ids.
     */
    static Response idList(JsonValue json, String field, String shape,
            java.util.function.Function<List<String>, Response> response) {
        if (json == null || json == JsonValue.NULL) {
            return new Response.Empty();
        }
        if (!(json instanceof JsonObject object) || !(object.get(field) instanceof JsonArray array)) {
            return new Response.Malformed(shape);
        }
        List<String> ids = new ArrayList<>();
        for (JsonValue value : array) {
            if (!(value instanceof JsonString id)) {
                return new Response.Malformed(shape + "; ids are strings");
            }
            ids.add(id.getString());
        }
        return ids.isEmpty() ? new Response.Empty() : response.apply(ids);
    }

    /** Texts with their ids: {@code [{"id": "e1", "text": "..."}]}. */
    static JsonArrayBuilder labelled(List<Labelled> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(v -> array.add(Json.createObjectBuilder().add("id", v.id()).add("text", v.text())));
        return array;
    }

    static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
