package pl.certbank.items.entity.answers;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import pl.certbank.items.entity.ItemType;
import pl.certbank.refusals.FieldError;

/**
 * The response area of an item with its key. Each kind of item is one record that knows its own rules, what a
 * candidate sees of it, how a response is read and scored, and which texts search and quality checks read.
 */
public sealed interface Answer extends java.io.Serializable permits Choice, TrueFalse, Matching, Ordering, ShortAnswer {

    /** The longest text of one option, premise, response, element or accepted answer. */
    int MAX_TEXT = 1000;

    ItemType type();

    /** The structural rules this answer breaks, each naming its field ({@code answer.options[1]}); empty when none. */
    List<FieldError> violations();

    /** What a candidate sees of the answer area: no key, a stable id for every option, premise and element. */
    AnswerView candidateView();

    /** The key as a response: what a candidate answers to earn every point. */
    Response key();

    /** A candidate's response read from JSON; a value of the wrong shape is a {@link Response.Malformed}. */
    Response response(JsonValue json);

    /** The response scored by the rule; an empty or malformed response scores 0 and says why. */
    Score score(Response response, ScoringRule rule);

    /** Every text of the answer area (options, premises, responses, elements, accepted answers), for search. */
    List<String> texts();

    /** The options with their key flag, which option-level quality checks read; empty for types without options. */
    default List<Choice.Option> options() {
        return List.of();
    }

    /** The answer as experts read and compare it, line by line, key included (history, review). */
    List<AnswerLine> lines();

    /**
     * Writes this answer's own fields into the JSON the version stores ({@code ids} false) or the API shows
     * ({@code ids} true: the stable ids beside the texts).
     */
    void writeTo(JsonObjectBuilder json, boolean ids);
}
