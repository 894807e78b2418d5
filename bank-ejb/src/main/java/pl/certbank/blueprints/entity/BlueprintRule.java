package pl.certbank.blueprints.entity;

import pl.certbank.refusals.Rule;

/** A rule a blueprint's content can break; {0}, {1}... are the values each error names. */
public enum BlueprintRule implements Rule {
    REQUIRED("is required"),
    OUT_OF_RANGE("must be between {0} and {1}, not {2}"),
    TOO_LONG("has at most {0} characters, not {1}"),
    UNKNOWN_CODE("names no {0} of {1}: ''{2}''"),
    TWICE("names {0} twice"),
    MIN_ABOVE_MAX("has a minimum ({0}) above its maximum ({1})"),
    ABOVE_LENGTH("asks for {0} items of one cell in a form of {1}"),
    BAND_ORDER("needs low <= target <= high, not {0} <= {1} <= {2}"),
    TOO_MANY("has at most {0} entries, not {1}"),
    TYPES_TOO_FEW("the types'' maxima ({0} in all) cannot fill a form of {1} items"),
    TYPES_TOO_MANY("the types'' minima ({0} in all) exceed a form of {1} items"),
    PASS_MARK_ABOVE_TOTAL("is {0} points, more than a form''s {1}"),
    NO_LETTERS("needs at least one letter or digit"),
    TOO_PRECISE("has at most {0} decimal places");

    private final String english;

    BlueprintRule(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }
}
