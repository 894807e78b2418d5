package pl.certbank.items.entity.answers;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import pl.certbank.input.JsonInput;
import pl.certbank.items.entity.ItemType;
import pl.certbank.refusals.FieldError;

/** A statement (the stem) that is true or false; {@code truth} is the key. Scores 1/0. */
public record TrueFalse(Boolean truth) implements Answer {

    /** The candidate sees the statement and answers true or false: nothing else to show. */
    public record View() implements AnswerView {
    }

    /** The candidate's answer: {@code {"answer": true}}. */
    public record Judged(boolean answer) implements Response {
    }

    /** The rules a true/false answer can break. */
    public enum Rule implements pl.certbank.refusals.Rule {
        TRUTH_MISSING("say whether the statement is true or false");

        private final String english;

        Rule(String english) {
            this.english = english;
        }

        @Override
        public String english() {
            return english;
        }
    }

    public static TrueFalse read(JsonInput json) {
        return new TrueFalse(json.bool("truth"));
    }

    @Override
    public ItemType type() {
        return ItemType.TRUE_FALSE;
    }

    @Override
    public List<FieldError> violations() {
        List<FieldError> errors = new ArrayList<>();
        if (truth == null) {
            errors.add(FieldError.of("answer.truth", Rule.TRUTH_MISSING));
        }
        return errors;
    }

    @Override
    public View candidateView() {
        return new View();
    }

    @Override
    public Judged key() {
        return new Judged(Boolean.TRUE.equals(truth));
    }

    @Override
    public Response response(JsonValue json) {
        if (json == null || json == JsonValue.NULL) {
            return new Response.Empty();
        }
        if (json instanceof JsonObject object) {
            JsonValue answer = object.get("answer");
            if (answer == JsonValue.TRUE || answer == JsonValue.FALSE) {
                return new Judged(answer == JsonValue.TRUE);
            }
            if (answer == null || answer == JsonValue.NULL) {
                return new Response.Empty();
            }
        }
        return new Response.Malformed("a true/false response is {\"answer\": true} or {\"answer\": false}");
    }

    @Override
    public Score score(Response response, ScoringRule rule) {
        Score unusable = Score.unusable(response, Judged.class, rule);
        if (unusable != null) {
            return unusable;
        }
        return ((Judged) response).answer() == Boolean.TRUE.equals(truth) ? Score.correct(rule)
                : Score.incorrect(rule);
    }

    @Override
    public List<String> texts() {
        return List.of();
    }

    @Override
    public List<AnswerLine> lines() {
        return truth == null ? List.of()
                : List.of(new AnswerLine("truth", 0, truth.toString(), truth ? "items.edit.true" : "items.edit.false"));
    }

    @Override
    public void writeTo(JsonObjectBuilder json, boolean ids) {
        if (truth != null) {
            json.add("truth", truth);
        }
    }
}
