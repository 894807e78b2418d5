package pl.certbank.publishing.entity;

import pl.certbank.refusals.Kind;
import pl.certbank.refusals.Reason;

/** Why the publishing component refuses a request; {0}, {1}... are the arguments each refusal carries. */
public enum PublishingRefusal implements Reason {
    FORM_NOT_FOUND(Kind.NOT_FOUND, "No form has the id {0}"),
    NOT_PUBLISHED(Kind.NOT_FOUND, "Form {0} is not published"),
    NO_VARIANT(Kind.NOT_FOUND, "Form {0} has no variant {1}"),
    WRONG_STATUS(Kind.WRONG_STATE, "Form {0} is {1}; this needs a form that is {2}"),
    EMPTY_FORM(Kind.RULE, "Form {0} holds no items"),
    OWN_FORM(Kind.FORBIDDEN, "{0} designed form {1}: another publisher must publish it (four eyes)"),
    VARIANTS(Kind.BAD_INPUT, "A form has 1 to {0} named variants, not {1}"),
    REASON_NEEDED(Kind.RULE, "Give a reason"),
    REASON_TOO_LONG(Kind.RULE, "A reason is at most {0} characters, not {1}"),
    POSITION(Kind.BAD_INPUT, "Form {0} has no item at position {1}"),
    ERRATUM_INVALID(Kind.INVALID, "The corrected answer breaks the rules of a {0} item"),
    ERRATUM_VIEW(Kind.RULE, "An erratum corrects the key of position {0} only: its texts stay as candidates saw them"),
    ERRATUM_SAME(Kind.RULE, "The corrected answer of position {0} is the key it already has"),
    TAMPERED(Kind.CONFLICT, "The snapshot of form {0} does not match its hash: it is not served or scored");

    private final Kind kind;
    private final String english;

    PublishingRefusal(Kind kind, String english) {
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
