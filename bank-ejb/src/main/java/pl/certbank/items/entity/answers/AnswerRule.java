package pl.certbank.items.entity.answers;

import pl.certbank.refusals.Rule;

/** Rules that several answer types share. */
public enum AnswerRule implements Rule {
    EMPTY("must not be empty"),
    TOO_LONG("at most {0} characters (now {1})"),
    TOO_MANY("at most {0} entries (now {1})");

    private final String english;

    AnswerRule(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }
}
