package pl.certbank.web.items.api;

import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import pl.certbank.input.JsonInput;
import pl.certbank.items.entity.CognitiveLevel;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.answers.AnswerJson;

/**
 * What a client sends to create, change or check an item (described for OpenAPI by {@link ItemDocument}): the
 * item's fields and its answer in the same fields as the API shows it, which the type's own reader takes. The answer
 * fields of the other types are ignored (a client may keep them while switching types); any other field, or a value
 * of the wrong kind anywhere, is a 400 naming it by its JSON pointer.
 */
public record ItemInput(String qualification, ItemContent content) {

    static ItemInput read(JsonValue body) {
        JsonInput json = JsonInput.strict(body);
        ItemType type = json.name("type", ItemType.class);
        ItemInput input = new ItemInput(json.string("qualification"), new ItemContent(json.string("stem"),
                type == null ? null : AnswerJson.from(type, json), json.string("rationale"),
                new LinkedHashSet<>(json.strings("criteria")), json.name("difficulty", Difficulty.class),
                decimal(json.number("difficultyEstimate")), json.name("cognitiveLevel", CognitiveLevel.class),
                json.strings("keywords"), json.string("source"), json.string("language")));
        for (ItemType other : ItemType.values()) {
            json.allowFieldsOf(other::answerFrom);
        }
        json.done();
        return input;
    }

    private static Double decimal(java.math.BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
