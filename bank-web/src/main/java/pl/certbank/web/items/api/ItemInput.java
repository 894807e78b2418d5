package pl.certbank.web.items.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import pl.certbank.items.entity.CognitiveLevel;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.answers.AnswerJson;

/**
 * What a client sends to create, change or check an item: the item's fields (qualification, type, stem, criteria,
 * difficulty, difficultyEstimate, cognitiveLevel, keywords, source, language, rationale) and its answer in the same
 * fields as the API shows it (options, truth, pairs, distractors, sequence, accepted, numeric, tolerance), which the
 * type's own reader takes. Fields the type does not use are ignored; a value of the wrong kind is a 400.
 */
public record ItemInput(String qualification, ItemContent content) {

    static ItemInput read(JsonObject json) {
        if (json == null) {
            throw new BadRequestException("Send the item as a JSON object");
        }
        ItemType type = named(json, "type", ItemType.class);
        return new ItemInput(string(json, "qualification"), new ItemContent(string(json, "stem"),
                type == null ? null : AnswerJson.from(type, json), string(json, "rationale"),
                new LinkedHashSet<>(strings(json, "criteria")), named(json, "difficulty", Difficulty.class),
                number(json, "difficultyEstimate"), named(json, "cognitiveLevel", CognitiveLevel.class),
                strings(json, "keywords"), string(json, "source"), string(json, "language")));
    }

    private static String string(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new BadRequestException("'" + field + "' must be a string");
    }

    private static Double number(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.doubleValue();
        }
        throw new BadRequestException("'" + field + "' must be a number");
    }

    private static List<String> strings(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new BadRequestException("'" + field + "' must be an array of strings");
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue entry : array) {
            if (!(entry instanceof JsonString text)) {
                throw new BadRequestException("'" + field + "' must be an array of strings");
            }
            strings.add(text.getString());
        }
        return strings;
    }

    private static <E extends Enum<E>> E named(JsonObject json, String field, Class<E> type) {
        String name = string(json, field);
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("'" + name + "' is not a valid " + field + "; use one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
