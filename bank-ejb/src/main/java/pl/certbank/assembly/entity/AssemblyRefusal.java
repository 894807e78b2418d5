package pl.certbank.assembly.entity;

import pl.certbank.refusals.Kind;
import pl.certbank.refusals.Reason;

/** Why the assembly component refuses a request; {0}, {1}... are the arguments each refusal carries. */
public enum AssemblyRefusal implements Reason {
    NOT_FOUND(Kind.NOT_FOUND, "No assembly run has the id {0}"),
    FORM_NOT_FOUND(Kind.NOT_FOUND, "No form has the id {0}"),
    ALREADY_RUNNING(Kind.WRONG_STATE, "Blueprint {0} is being assembled by run {1}; wait for it or cancel it"),
    NOT_RUNNING(Kind.WRONG_STATE, "Run {0} is {1} and cannot be cancelled"),
    NOTHING_TO_ACCEPT(Kind.WRONG_STATE, "Run {0} is {1} and holds no forms to accept or edit"),
    TOO_MANY_RUNS(Kind.WRONG_STATE, "{0} has {1} runs queued or running already; wait for one or cancel it"),
    SWAP_SAME(Kind.RULE, "Swapping item {0} for itself changes nothing"),
    ACCEPTED_ALREADY(Kind.WRONG_STATE, "Run {0} was accepted already, as forms {1}"),
    HAS_VIOLATIONS(Kind.RULE, "Run {0} breaks {1} rule(s) of its blueprint and cannot be accepted"),
    TIME_LIMIT(Kind.INVALID, "The time limit is {0} to {1} seconds"),
    LOCK_INVALID(Kind.INVALID, "The locks cannot be used"),
    SWAP_INVALID(Kind.RULE, "Swapping {0} for {1} on form {2} breaks the blueprint: {3}"),
    NOT_ON_FORM(Kind.RULE, "Item {0} is not on form {1} of run {2}"),
    FORM_NUMBER(Kind.NOT_FOUND, "Run {0} has no form {1}");

    private final Kind kind;
    private final String english;

    AssemblyRefusal(Kind kind, String english) {
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
