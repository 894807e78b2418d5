package pl.certbank.blueprints.entity;

import pl.certbank.refusals.Kind;
import pl.certbank.refusals.Reason;

/** Why the blueprint component refuses a request; {0}, {1}... are the arguments each refusal carries. */
public enum BlueprintRefusal implements Reason {
    NOT_FOUND(Kind.NOT_FOUND, "No blueprint has the id {0}"),
    VERSION_NOT_FOUND(Kind.NOT_FOUND, "Blueprint {0} has no version {1}"),
    QUALIFICATION_NOT_FOUND(Kind.NOT_FOUND, "No qualification has the code ''{0}''"),
    QUALIFICATION_FIXED(Kind.RULE, "Blueprint {0} belongs to {1} and cannot move to ''{2}''; create a new one there"),
    STALE(Kind.STALE, "Blueprint {0} was changed by someone else (you edited revision {1}, it is now at revision {2}); "
            + "reload it and apply your change again"),
    INVALID(Kind.INVALID, "The blueprint cannot be saved");

    private final Kind kind;
    private final String english;

    BlueprintRefusal(Kind kind, String english) {
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
