package pl.certbank.input;

import pl.certbank.refusals.Kind;
import pl.certbank.refusals.Reason;

/** Why a request body cannot be used at all. */
public enum InputRefusal implements Reason {
    MALFORMED(Kind.BAD_INPUT, "The body is not well-formed JSON: {0}"),
    NOT_AN_OBJECT(Kind.BAD_INPUT, "The body must be a JSON object"),
    WRONG_SHAPE(Kind.BAD_INPUT, "Some values of the body are not of the expected kind"),
    BAD_TEXT(Kind.BAD_INPUT, "Some texts of the body contain characters the bank does not store"),
    TOO_LARGE(Kind.TOO_LARGE, "The body is larger than the {0} bytes this endpoint takes"),
    UNSUPPORTED_TYPE(Kind.UNSUPPORTED, "This endpoint takes {0}, not {1}");

    private final Kind kind;
    private final String english;

    InputRefusal(Kind kind, String english) {
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
