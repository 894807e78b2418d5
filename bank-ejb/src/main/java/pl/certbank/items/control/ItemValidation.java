package pl.certbank.items.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import pl.certbank.items.entity.Answer;
import pl.certbank.items.entity.ItemContent;

/**
 * The structural rules every item must meet before it can be saved; each broken rule is one message naming the
 * field. Unlike {@link QualityChecks}, these block: an item that breaks them cannot be answered or scored.
 */
public final class ItemValidation {

    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 8;

    private ItemValidation() {
    }

    public static List<String> errors(ItemContent content) {
        List<String> errors = new ArrayList<>();
        if (content.type() == null) {
            errors.add("type: choose the item type");
            return errors;
        }
        if (PlainText.of(content.stem()).isEmpty() && !hasImage(content.stem())) {
            errors.add("stem: the question must not be empty");
        }
        if (content.criteria().isEmpty()) {
            errors.add("criteria: tag the item to at least one verification criterion");
        }
        if (content.difficultyEstimate() != null
                && (content.difficultyEstimate() < 0 || content.difficultyEstimate() > 1)) {
            errors.add("difficultyEstimate: must be between 0 and 1");
        }
        Answer answer = content.answer();
        if (answer == null) {
            errors.add("answer: the item has no answer");
            return errors;
        }
        switch (content.type()) {
            case SINGLE_CHOICE -> choices(answer, 1, 1, errors);
            case MULTIPLE_RESPONSE -> choices(answer, 2, MAX_OPTIONS, errors);
            case TRUE_FALSE -> {
                if (answer.truth() == null) {
                    errors.add("answer.truth: say whether the statement is true or false");
                }
            }
            case MATCHING -> matching(answer, errors);
            case ORDERING -> list("answer.sequence", answer.sequence(), 3, 10, "elements", errors);
            case SHORT_ANSWER -> shortAnswer(answer, errors);
        }
        return errors;
    }

    private static void choices(Answer answer, int minKeys, int maxKeys, List<String> errors) {
        List<String> texts = answer.options().stream().map(Answer.Option::text).toList();
        list("answer.options", texts, MIN_OPTIONS, MAX_OPTIONS, "options", errors);
        int keys = answer.keys().size();
        if (minKeys == maxKeys && keys != minKeys) {
            errors.add("answer.options: mark exactly one option as the key (now " + keys + ")");
        } else if (keys < minKeys) {
            errors.add("answer.options: mark at least " + minKeys + " options as keys (now " + keys + ")");
        } else if (keys > 0 && keys == answer.options().size()) {
            errors.add("answer.options: at least one option must be wrong");
        }
    }

    private static void matching(Answer answer, List<String> errors) {
        if (answer.pairs().size() < 2) {
            errors.add("answer.pairs: give at least 2 premise–response pairs");
        }
        for (int i = 0; i < answer.pairs().size(); i++) {
            Answer.Pair pair = answer.pairs().get(i);
            if (blank(pair.premise()) || blank(pair.response())) {
                errors.add("answer.pairs[" + i + "]: each premise needs exactly one matching response");
            }
        }
        duplicates("answer.pairs", answer.pairs(), Answer.Pair::premise, "premise", errors);
        List<String> responses = new ArrayList<>(answer.pairs().stream().map(Answer.Pair::response).toList());
        responses.addAll(answer.distractors());
        duplicates("answer.pairs", responses, Function.identity(), "response", errors);
    }

    private static void shortAnswer(Answer answer, List<String> errors) {
        list("answer.accepted", answer.accepted(), 1, 20, "accepted answers", errors);
        if (answer.numeric()) {
            for (String value : answer.accepted()) {
                try {
                    new java.math.BigDecimal(value.strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    errors.add("answer.accepted: '" + value + "' is not a number");
                }
            }
            if (answer.tolerance() != null && answer.tolerance().signum() < 0) {
                errors.add("answer.tolerance: must not be negative");
            }
        }
    }

    private static void list(String field, List<String> values, int min, int max, String what, List<String> errors) {
        if (values.size() < min || values.size() > max) {
            errors.add(field + ": give " + min + "–" + max + " " + what + " (now " + values.size() + ")");
        }
        for (int i = 0; i < values.size(); i++) {
            if (blank(values.get(i))) {
                errors.add(field + "[" + i + "]: must not be empty");
            }
        }
        duplicates(field, values, Function.identity(), what.replaceAll("s$", ""), errors);
    }

    private static <T> void duplicates(String field, List<T> values, Function<T, String> text, String what,
            List<String> errors) {
        Set<String> seen = new HashSet<>();
        for (T value : values) {
            String folded = PlainText.fold(PlainText.of(text.apply(value))).strip();
            if (!folded.isEmpty() && !seen.add(folded)) {
                errors.add(field + ": the " + what + " '" + text.apply(value).strip() + "' appears twice");
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || PlainText.of(text).isBlank();
    }

    private static boolean hasImage(String html) {
        return html != null && html.contains("<img");
    }
}
