package pl.certbank.items.entity.answers;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import pl.certbank.items.entity.PlainText;
import pl.certbank.refusals.FieldError;
import pl.certbank.refusals.Rule;

/** The rules of a list of texts an author writes (options, elements, accepted answers): count, none empty, no twins. */
final class Lists {

    private Lists() {
    }

    static final int MAX_TEXT = Answer.MAX_TEXT;

    static void check(String field, List<String> values, int min, int max, Rule count, Rule duplicate,
            List<FieldError> errors) {
        if (values.size() < min || values.size() > max) {
            errors.add(FieldError.of(field, count, min, max, values.size()));
        }
        for (int i = 0; i < values.size(); i++) {
            if (blank(values.get(i))) {
                errors.add(FieldError.of(field + "[" + i + "]", AnswerRule.EMPTY));
            }
            length(field + "[" + i + "]", values.get(i), errors);
        }
        duplicates(field, values, Function.identity(), duplicate, errors);
    }

    static void length(String field, String text, List<FieldError> errors) {
        if (text != null && text.length() > MAX_TEXT) {
            errors.add(FieldError.of(field, AnswerRule.TOO_LONG, MAX_TEXT, text.length()));
        }
    }

    /** Texts that are the same once spacing, case and diacritics are ignored count as twins. */
    static <T> void duplicates(String field, List<T> values, Function<T, String> text, Rule duplicate,
            List<FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (T value : values) {
            String folded = PlainText.fold(PlainText.spaced(text.apply(value))).strip();
            if (!folded.isEmpty() && !seen.add(folded)) {
                errors.add(FieldError.of(field, duplicate, text.apply(value).strip()));
            }
        }
    }

    static boolean blank(String text) {
        return text == null || PlainText.spaced(text).isEmpty();
    }
}
