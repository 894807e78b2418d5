package pl.certbank.items.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import pl.certbank.items.control.ItemError.Rule;
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

    /** The broken rules as English messages, "field: what is wrong" (as the API reports them). */
    public static List<String> errors(ItemContent content) {
        return violations(content).stream().map(ItemError::toString).toList();
    }

    /** The broken rules, each with its field and values; empty when the item may be saved. */
    public static List<ItemError> violations(ItemContent content) {
        List<ItemError> errors = new ArrayList<>();
        if (content.type() == null) {
            errors.add(ItemError.of("type", Rule.TYPE_MISSING));
            return errors;
        }
        if (PlainText.of(content.stem()).isEmpty() && !hasImage(content.stem())) {
            errors.add(ItemError.of("stem", Rule.STEM_EMPTY));
        }
        if (content.criteria().isEmpty()) {
            errors.add(ItemError.of("criteria", Rule.NO_CRITERION));
        }
        if (content.difficultyEstimate() != null
                && (content.difficultyEstimate() < 0 || content.difficultyEstimate() > 1)) {
            errors.add(ItemError.of("difficultyEstimate", Rule.ESTIMATE_OUT_OF_RANGE));
        }
        Answer answer = content.answer();
        if (answer == null) {
            errors.add(ItemError.of("answer", Rule.NO_ANSWER));
            return errors;
        }
        switch (content.type()) {
            case SINGLE_CHOICE -> choices(answer, 1, 1, errors);
            case MULTIPLE_RESPONSE -> choices(answer, 2, MAX_OPTIONS, errors);
            case TRUE_FALSE -> {
                if (answer.truth() == null) {
                    errors.add(ItemError.of("answer.truth", Rule.TRUTH_MISSING));
                }
            }
            case MATCHING -> matching(answer, errors);
            case ORDERING ->
                list("answer.sequence", answer.sequence(), 3, 10, Rule.ELEMENT_COUNT, Rule.DUPLICATE_ELEMENT,
                        errors);
            case SHORT_ANSWER -> shortAnswer(answer, errors);
        }
        return errors;
    }

    private static void choices(Answer answer, int minKeys, int maxKeys, List<ItemError> errors) {
        List<String> texts = answer.options().stream().map(Answer.Option::text).toList();
        list("answer.options", texts, MIN_OPTIONS, MAX_OPTIONS, Rule.OPTION_COUNT, Rule.DUPLICATE_OPTION, errors);
        int keys = answer.keys().size();
        if (minKeys == maxKeys && keys != minKeys) {
            errors.add(ItemError.of("answer.options", Rule.EXACTLY_ONE_KEY, keys));
        } else if (keys < minKeys) {
            errors.add(ItemError.of("answer.options", Rule.TOO_FEW_KEYS, minKeys, keys));
        } else if (keys > 0 && keys == answer.options().size()) {
            errors.add(ItemError.of("answer.options", Rule.ALL_KEYS));
        }
    }

    private static void matching(Answer answer, List<ItemError> errors) {
        if (answer.pairs().size() < 2) {
            errors.add(ItemError.of("answer.pairs", Rule.TOO_FEW_PAIRS));
        }
        for (int i = 0; i < answer.pairs().size(); i++) {
            Answer.Pair pair = answer.pairs().get(i);
            if (blank(pair.premise()) || blank(pair.response())) {
                errors.add(ItemError.of("answer.pairs[" + i + "]", Rule.PAIR_INCOMPLETE));
            }
        }
        duplicates("answer.pairs", answer.pairs(), Answer.Pair::premise, Rule.DUPLICATE_PREMISE, errors);
        List<String> responses = new ArrayList<>(answer.pairs().stream().map(Answer.Pair::response).toList());
        responses.addAll(answer.distractors());
        duplicates("answer.pairs", responses, Function.identity(), Rule.DUPLICATE_RESPONSE, errors);
    }

    private static void shortAnswer(Answer answer, List<ItemError> errors) {
        list("answer.accepted", answer.accepted(), 1, 20, Rule.ACCEPTED_COUNT, Rule.DUPLICATE_ACCEPTED, errors);
        if (answer.numeric()) {
            for (String value : answer.accepted()) {
                try {
                    new java.math.BigDecimal(value.strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    errors.add(ItemError.of("answer.accepted", Rule.NOT_A_NUMBER, value));
                }
            }
            if (answer.tolerance() != null && answer.tolerance().signum() < 0) {
                errors.add(ItemError.of("answer.tolerance", Rule.NEGATIVE_TOLERANCE));
            }
        }
    }

    private static void list(String field, List<String> values, int min, int max, Rule count, Rule duplicate,
            List<ItemError> errors) {
        if (values.size() < min || values.size() > max) {
            errors.add(ItemError.of(field, count, min, max, values.size()));
        }
        for (int i = 0; i < values.size(); i++) {
            if (blank(values.get(i))) {
                errors.add(ItemError.of(field + "[" + i + "]", Rule.EMPTY));
            }
        }
        duplicates(field, values, Function.identity(), duplicate, errors);
    }

    private static <T> void duplicates(String field, List<T> values, Function<T, String> text, Rule duplicate,
            List<ItemError> errors) {
        Set<String> seen = new HashSet<>();
        for (T value : values) {
            String folded = PlainText.fold(PlainText.of(text.apply(value))).strip();
            if (!folded.isEmpty() && !seen.add(folded)) {
                errors.add(ItemError.of(field, duplicate, text.apply(value).strip()));
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
