package pl.certbank.items.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * One broken structural rule: the field it concerns, what is wrong, and the values the message names. The API reports
 * {@link #toString()} (English); pages show the same rule in the user's language from the message bundle.
 */
public record ItemError(String field, Rule rule, List<Object> values) {

    /** What can be wrong, with the English text; {0}, {1}... are the values. */
    public enum Rule {
        TYPE_MISSING("choose the item type"),
        STEM_EMPTY("the question must not be empty"),
        NO_CRITERION("tag the item to at least one verification criterion"),
        UNKNOWN_CRITERIA("{0} is not a verification criterion of {1}"),
        ESTIMATE_OUT_OF_RANGE("must be between 0 and 1"),
        NO_ANSWER("the item has no answer"),
        TRUTH_MISSING("say whether the statement is true or false"),
        EXACTLY_ONE_KEY("mark exactly one option as the key (now {0})"),
        TOO_FEW_KEYS("mark at least {0} options as keys (now {1})"),
        ALL_KEYS("at least one option must be wrong"),
        TOO_FEW_PAIRS("give at least 2 premise–response pairs"),
        PAIR_INCOMPLETE("each premise needs exactly one matching response"),
        NOT_A_NUMBER("''{0}'' is not a number"),
        NEGATIVE_TOLERANCE("must not be negative"),
        OPTION_COUNT("give {0}–{1} options (now {2})"),
        ELEMENT_COUNT("give {0}–{1} elements (now {2})"),
        ACCEPTED_COUNT("give {0}–{1} accepted answers (now {2})"),
        EMPTY("must not be empty"),
        DUPLICATE_OPTION("the option ''{0}'' appears twice"),
        DUPLICATE_ELEMENT("the element ''{0}'' appears twice"),
        DUPLICATE_ACCEPTED("the accepted answer ''{0}'' appears twice"),
        DUPLICATE_PREMISE("the premise ''{0}'' appears twice"),
        DUPLICATE_RESPONSE("the response ''{0}'' appears twice");

        private final String english;

        Rule(String english) {
            this.english = english;
        }
    }

    static ItemError of(String field, Rule rule, Object... values) {
        return new ItemError(field, rule, List.of(values));
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

    @Override
    public String toString() {
        return field + ": " + new MessageFormat(rule.english, Locale.ROOT).format(values.toArray());
    }
}
