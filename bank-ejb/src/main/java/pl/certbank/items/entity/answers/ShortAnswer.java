package pl.certbank.items.entity.answers;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import pl.certbank.input.JsonInput;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.PlainText;
import pl.certbank.refusals.FieldError;

/**
 * A typed answer compared with the accepted variants. Text: trimmed, inner spaces collapsed and, when the scoring rule
 * folds text (the default), case and diacritics ignored. Numeric ({@code numeric}): a number, with a decimal comma or
 * point, within {@code tolerance} of an accepted value (exactly, when there is no tolerance). Scores 1/0.
 */
public record ShortAnswer(List<String> accepted, boolean numeric, BigDecimal tolerance) implements Answer {

    public static final int MAX_ACCEPTED = 20;
    static final int MAX_NUMBER_LENGTH = 40;
    static final BigDecimal MAX_TOLERANCE = new BigDecimal("1000000");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The candidate sees an answer box, for a number when {@code numeric}. */
    public record View(boolean numeric) implements AnswerView {
    }

    /** What the candidate typed: {@code {"text": "72"}}. */
    public record Typed(String text) implements Response {
    }

    /** The rules a short answer can break. */
    public enum Rule implements pl.certbank.refusals.Rule {
        ACCEPTED_COUNT("give {0}–{1} accepted answers (now {2})"),
        DUPLICATE_ACCEPTED("the accepted answer ''{0}'' appears twice"),
        NOT_A_NUMBER("''{0}'' is not a number"),
        NEGATIVE_TOLERANCE("must not be negative"),
        TOLERANCE_OUT_OF_RANGE("must be at most {0}, with at most 10 decimal places");

        private final String english;

        Rule(String english) {
            this.english = english;
        }

        @Override
        public String english() {
            return english;
        }
    }

    public ShortAnswer {
        accepted = accepted == null ? List.of() : List.copyOf(accepted);
    }

    public static ShortAnswer read(JsonInput json) {
        return new ShortAnswer(json.strings("accepted"), json.bool("numeric", false), json.number("tolerance"));
    }

    @Override
    public ItemType type() {
        return ItemType.SHORT_ANSWER;
    }

    @Override
    public List<FieldError> violations() {
        List<FieldError> errors = new ArrayList<>();
        Lists.check("answer.accepted", accepted, 1, MAX_ACCEPTED, Rule.ACCEPTED_COUNT, Rule.DUPLICATE_ACCEPTED,
                errors);
        if (numeric) {
            accepted.stream().filter(value -> number(value).isEmpty())
                    .forEach(value -> errors.add(FieldError.of("answer.accepted", Rule.NOT_A_NUMBER, value)));
            if (tolerance != null && tolerance.signum() < 0) {
                errors.add(FieldError.of("answer.tolerance", Rule.NEGATIVE_TOLERANCE));
            }
            if (tolerance != null && (tolerance.compareTo(MAX_TOLERANCE) > 0 || tolerance.scale() > 10)) {
                errors.add(FieldError.of("answer.tolerance", Rule.TOLERANCE_OUT_OF_RANGE, MAX_TOLERANCE
                        .toPlainString()));
            }
        }
        return errors;
    }

    @Override
    public View candidateView() {
        return new View(numeric);
    }

    @Override
    public Typed key() {
        return new Typed(accepted.isEmpty() ? "" : accepted.get(0));
    }

    @Override
    public Response response(JsonValue json) {
        if (json == null || json == JsonValue.NULL) {
            return new Response.Empty();
        }
        if (json instanceof JsonObject object && object.get("text") instanceof JsonString text) {
            return text.getString().isBlank() ? new Response.Empty() : new Typed(text.getString());
        }
        return new Response.Malformed("a short-answer response is {\"text\": \"...\"}");
    }

    @Override
    public Score score(Response response, ScoringRule rule) {
        Score unusable = Score.unusable(response, Typed.class, rule);
        if (unusable != null) {
            return unusable;
        }
        String typed = ((Typed) response).text();
        if (typed == null || typed.isBlank()) {
            return Score.empty(rule);
        }
        if (numeric) {
            Optional<BigDecimal> value = number(typed);
            if (value.isEmpty()) {
                return Score.malformed(rule, "'" + typed.strip() + "' is not a number");
            }
            BigDecimal allowed = tolerance == null ? BigDecimal.ZERO : tolerance;
            boolean within = accepted.stream().map(ShortAnswer::number).flatMap(Optional::stream)
                    .anyMatch(a -> a.subtract(value.get()).abs().compareTo(allowed) <= 0);
            return within ? Score.correct(rule) : Score.incorrect(rule);
        }
        String given = normal(typed, rule.foldText());
        return accepted.stream().anyMatch(a -> normal(a, rule.foldText()).equals(given)) ? Score.correct(rule)
                : Score.incorrect(rule);
    }

    /** A number as people type it: "72", " 3,5 ", "-0.25"; not one with an exponent or 40 digits and more. */
    static Optional<BigDecimal> number(String text) {
        if (text.strip().length() > MAX_NUMBER_LENGTH || text.toLowerCase(java.util.Locale.ROOT).contains("e")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text.strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String normal(String text, boolean fold) {
        String spaced = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
        return fold ? PlainText.fold(spaced) : spaced;
    }

    @Override
    public List<String> texts() {
        return accepted;
    }

    @Override
    public List<AnswerLine> lines() {
        return List.of(AnswerLine.of("accepted", String.join("; ", accepted)));
    }

    @Override
    public void writeTo(JsonObjectBuilder json, boolean ids) {
        json.add("accepted", JsonFields.strings(accepted)).add("numeric", numeric);
        if (tolerance != null) {
            json.add("tolerance", tolerance);
        }
    }
}
