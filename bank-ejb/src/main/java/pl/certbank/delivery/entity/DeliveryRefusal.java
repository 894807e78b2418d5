package pl.certbank.delivery.entity;

import pl.certbank.refusals.Kind;
import pl.certbank.refusals.Reason;

/** Why delivery refuses a request; {0}, {1}... are the arguments each refusal carries. */
public enum DeliveryRefusal implements Reason {
    SESSION_NOT_FOUND(Kind.NOT_FOUND, "No session {0} is yours"),
    OUTSIDE_WINDOW(Kind.FORBIDDEN, "Session {0} is open from {1} to {2} (now {3})"),
    WITHDRAWN(Kind.FORBIDDEN, "Form {0} of session {1} was withdrawn"),
    PAPER(Kind.FORBIDDEN, "Session {0} is sat on paper: its form is printed, not delivered"),
    NO_VARIANT(Kind.NOT_FOUND, "Session {0} has no variant {1}"),
    VARIANT_OF_OTHER(Kind.BAD_INPUT, "Variant {0} is another candidate''s: {1} sits their own"),
    VARIANT_RACE(Kind.CONFLICT, "A variant for {0} was asked for twice at the same moment; ask again for it"),
    IMAGE_NOT_FOUND(Kind.NOT_FOUND, "No image {0} is on a form of an open session of yours"),
    ATTEMPT_NOT_FOUND(Kind.NOT_FOUND, "Session {0} has no attempt {1}"),
    ATTEMPT_CONFLICT(Kind.CONFLICT, "Attempt {0} was submitted already with other responses; its first result stands"),
    ATTEMPT_RACE(Kind.CONFLICT, "Attempt {0} arrived twice at the same moment; send it again for its result"),
    CANDIDATE_SUBMITTED(Kind.CONFLICT, "Candidate {0} has submitted an attempt in session {1} already"),
    SESSION_FULL(Kind.CONFLICT, "Session {0} has the {1} attempts it expects; a publisher schedules more candidates"),
    UNKNOWN_ITEM(Kind.BAD_INPUT, "Form {0} has no item {1}"),
    MALFORMED_RESPONSE(Kind.BAD_INPUT, "The response to item {0} is unusable: {1}"),
    ATTEMPT_ID(Kind.BAD_INPUT, "An attempt id is 1 to 100 letters, digits, dots, dashes or underscores"),
    CANDIDATE(Kind.BAD_INPUT, "A candidate reference is 1 to 100 characters"),
    CLIENT_NOT_FOUND(Kind.NOT_FOUND, "No exam client has the id {0}"),
    CLIENT_ID(Kind.BAD_INPUT, "A client id is 3 to 60 lower-case letters, digits or dashes, not ''{0}''"),
    CLIENT_ID_TAKEN(Kind.WRONG_STATE, "The client id {0} is taken"),
    CLIENT_REVOKED(Kind.WRONG_STATE, "Exam client {0} is revoked"),
    NAME(Kind.BAD_INPUT, "A name is 1 to 200 characters"),
    WINDOW(Kind.BAD_INPUT, "A session closes after it opens, at most {0} days later"),
    CANDIDATES(Kind.BAD_INPUT, "A session expects 1 to {0} candidates, not {1}"),
    FORM_NOT_PUBLISHED(Kind.WRONG_STATE, "Form {0} is {1}: sessions open published forms only"),
    TOKEN_GRANT(Kind.BAD_INPUT, "grant_type must be client_credentials"),
    TOKEN_CLIENT(Kind.BAD_INPUT, "Send client_id and client_secret as form fields"),
    BAD_CREDENTIALS(Kind.NOT_FOUND, "Unknown client or wrong secret");

    private final Kind kind;
    private final String english;

    DeliveryRefusal(Kind kind, String english) {
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
