package pl.certbank.reviews.entity;

import pl.certbank.refusals.Kind;
import pl.certbank.refusals.Reason;

/** Why the review desk refuses a comment. */
public enum ReviewRefusal implements Reason {
    EMPTY_COMMENT(Kind.BAD_INPUT, "A comment must not be empty"),
    COMMENT_TOO_LONG(Kind.RULE, "A comment has at most {0} characters, not {1}"),
    NO_SUCH_COMMENT(Kind.RULE, "No comment on this item has the id {0}"),
    REPLY_TO_OTHER_VERSION(Kind.RULE, "A reply belongs to the version of the comment it answers");

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
