package pl.certbank.reviews.entity;

import pl.certbank.refusals.Kind;
import pl.certbank.refusals.Reason;

/** Why the review desk refuses a comment. */
public enum ReviewRefusal implements Reason {
    EMPTY_COMMENT(Kind.BAD_INPUT, "A comment must not be empty"),
    REPLY_TO_OTHER_VERSION(Kind.BAD_INPUT, "A reply belongs to the version of the comment it answers");

    private final Kind kind;
    private final String english;

    ReviewRefusal(Kind kind, String english) {
        this.kind = kind;
        this.english = english;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String english() {
        return english;
    }
}
