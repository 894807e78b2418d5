package pl.certbank.refusals;

/**
 * What kind of no a refusal is; the API chooses the HTTP status by it (docs/adr/0007), pages word it by its reason.
 */
public enum Kind {
    /** Nothing has the id or number asked for (404). */
    NOT_FOUND,
    /** The request itself is unusable: an empty comment, an unreadable value (400). */
    BAD_INPUT,
    /** More bytes than the limit allows (413). */
    TOO_LARGE,
    /** A content type the bank does not take (415). */
    UNSUPPORTED,
    /** The subject's state does not allow the action, e.g. submitting an approved item (409). */
    WRONG_STATE,
    /** Two writers collided at the same moment; the first one's change stands (409). */
    CONFLICT,
    /** The caller read an older revision than the current one (412). */
    STALE,
    /** Submitted content breaks structural rules, each named as a {@link FieldError} (422). */
    INVALID,
    /** A business rule refuses the request, e.g. "retiring needs a reason" (422). */
    RULE,
    /** A rule forbids this caller although the role may act, e.g. the four-eyes rule (403). */
    FORBIDDEN
}
