package pl.certbank.input;

import pl.certbank.refusals.Rule;

/** What can be wrong with one value of a body; the field is its JSON pointer ({@code /options/1/correct}). */
public enum InputRule implements Rule {
    EXPECTED_STRING("expected a string"),
    EXPECTED_BOOLEAN("expected true or false"),
    EXPECTED_INTEGER("expected a whole number"),
    EXPECTED_NUMBER("expected a number"),
    EXPECTED_ARRAY("expected an array"),
    EXPECTED_OBJECT("expected an object"),
    UNKNOWN_NAME("''{0}'' is not one of {1}"),
    MISSING("is required"),
    TWICE("names ''{0}'' a second time"),
    UNKNOWN_FIELD("is not a field of this body (its fields: {0})"),
    OUT_OF_RANGE("must be between {0} and {1}"),
    TOO_LONG("at most {0} characters (now {1})"),
    TOO_MANY("at most {0} entries (now {1})"),
    CONTROL_CHARACTER("contains the control character U+{0}; only tab and line breaks are allowed"),
    UNPAIRED_SURROGATE("contains half of a surrogate pair (not a character)"),
    BIDI_CONTROL("contains the direction control U+{0}, which can make a text read differently from how it is stored");

    private final String english;

    InputRule(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }
}
