package pl.certbank.items.entity;

import java.math.BigDecimal;
import java.util.List;

/**
 * The response area of an item with its key. Each type uses its own fields: choice types {@code options},
 * TRUE_FALSE {@code truth}, MATCHING {@code pairs} (+ {@code distractors}), ORDERING {@code sequence} in the correct
 * order, SHORT_ANSWER {@code accepted} variants (+ {@code numeric}, {@code tolerance}). Stored as JSON in the version.
 */
public record Answer(List<Option> options, Boolean truth, List<Pair> pairs, List<String> distractors,
        List<String> sequence, List<String> accepted, boolean numeric, BigDecimal tolerance) {

    public Answer {
        options = options == null ? List.of() : List.copyOf(options);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
        distractors = distractors == null ? List.of() : List.copyOf(distractors);
        sequence = sequence == null ? List.of() : List.copyOf(sequence);
        accepted = accepted == null ? List.of() : List.copyOf(accepted);
    }

    /** An option of a choice item; {@code correct} marks the key. */
    public record Option(String text, boolean correct) {
    }

    /** A premise and the response that matches it. */
    public record Pair(String premise, String response) {
    }

    public static Answer choice(List<Option> options) {
        return new Answer(options, null, null, null, null, null, false, null);
    }

    public static Answer trueFalse(boolean truth) {
        return new Answer(null, truth, null, null, null, null, false, null);
    }

    public static Answer matching(List<Pair> pairs, List<String> distractors) {
        return new Answer(null, null, pairs, distractors, null, null, false, null);
    }

    public static Answer ordering(List<String> sequence) {
        return new Answer(null, null, null, null, sequence, null, false, null);
    }

    public static Answer shortAnswer(List<String> accepted, boolean numeric, BigDecimal tolerance) {
        return new Answer(null, null, null, null, null, accepted, numeric, tolerance);
    }

    public List<Option> keys() {
        return options.stream().filter(Option::correct).toList();
    }
}
