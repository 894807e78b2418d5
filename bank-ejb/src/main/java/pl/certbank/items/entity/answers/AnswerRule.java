package pl.certbank.items.entity.answers;

import pl.certbank.refusals.Rule;

/** Rules that several answer types share. */
public enum AnswerRule implements Rule {
    EMPTY("must not be empty");

    private final String english;

    AnswerRule(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }
}
