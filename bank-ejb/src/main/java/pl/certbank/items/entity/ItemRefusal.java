package pl.certbank.items.entity;

import pl.certbank.refusals.Kind;
import pl.certbank.refusals.Reason;

/** Why the item component refuses a request; {0}, {1}... are the arguments each refusal carries. */
public enum ItemRefusal implements Reason {
    NOT_FOUND(Kind.NOT_FOUND, "No item has the id {0}"),
    VERSION_NOT_FOUND(Kind.NOT_FOUND, "Item {0} has no version {1}"),
    UNKNOWN_ENEMY(Kind.RULE, "No item has the reference {0}, so it cannot be an enemy"),
    QUALIFICATION_NOT_FOUND(Kind.NOT_FOUND, "No qualification has the code ''{0}''"),
    CANNOT_SUBMIT(Kind.WRONG_STATE, "Item {0} is {1}; only a DRAFT item can be submitted for review"),
    CANNOT_APPROVE(Kind.WRONG_STATE, "Item {0} is {1}; only an IN_REVIEW item can be approved"),
    CANNOT_RETURN(Kind.WRONG_STATE, "Item {0} is {1}; only an IN_REVIEW item can be returned to its author"),
    RETIRED_CANNOT_BE_EDITED(Kind.WRONG_STATE, "Item {0} is retired and cannot be edited"),
    RETIRED_ALREADY(Kind.WRONG_STATE, "Item {0} is retired already"),
    RETIRE_NEEDS_REASON(Kind.RULE, "Retiring an item needs a reason"),
    RETURN_NEEDS_COMMENT(Kind.RULE, "Returning an item to its author needs a comment"),
    REASON_TOO_LONG(Kind.RULE, "A reason or comment has at most {0} characters, not {1}"),
    OWN_ENEMY(Kind.RULE, "An item cannot be its own enemy ({0})"),
    TOO_MANY_ITEMS(Kind.RULE, "One request acts on at most {0} items, not {1}"),
    TOO_MANY_ENEMIES(Kind.RULE, "An item has at most {0} enemies, not {1}"),
    QUALIFICATION_FIXED(Kind.RULE, "Item {0} belongs to {1} and cannot move to ''{2}''; create a new item there"),
    FAMILY_TOO_LONG(Kind.RULE, "A family name has at most {0} characters, not {1}"),
    FOUR_EYES(Kind.FORBIDDEN, "Four-eyes rule: {0} wrote or edited version {1} of {2} and cannot approve it"),
    STALE(Kind.STALE, "Item {0} was changed by someone else (you edited revision {1}, it is now at revision {2}); "
            + "reload it and apply your change again"),
    INVALID(Kind.INVALID, "The item cannot be saved");

    private final Kind kind;
    private final String english;

    ItemRefusal(Kind kind, String english) {
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
