package pl.certbank.refusals;

import java.util.List;
import java.util.Locale;

/**
 * One broken rule: the field it concerns ({@code answer.options[2]}), the rule, and the values its text names. The API
 * reports {@link #toString()} (English); pages show the same rule in the user's language from the message bundle.
 */
public record FieldError(String field, Rule rule, List<Object> values) {

    public FieldError {
        values = Texts.shown(values == null ? List.of() : values);
    }

    public static FieldError of(String field, Rule rule, Object... values) {
        return new FieldError(field, rule, java.util.Arrays.asList(values));
    }

    /** The field without an index: {@code answer.options[2]} → {@code answer.options}. */
    public String fieldName() {
        int bracket = field.indexOf('[');
        return bracket < 0 ? field : field.substring(0, bracket);
    }

    /** The 1-based position for a field such as {@code answer.options[2]} (3), or 0 for a whole field. */
    public int position() {
        int bracket = field.indexOf('[');
        return bracket < 0 ? 0 : Integer.parseInt(field.substring(bracket + 1, field.indexOf(']'))) + 1;
    }

    /** "field: what is wrong", in English. */
    @Override
    public String toString() {
        return field + ": " + Texts.format(rule.english(), values, Locale.ROOT);
    }
}
