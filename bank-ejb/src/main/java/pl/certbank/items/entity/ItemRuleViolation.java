package pl.certbank.items.entity;

import jakarta.ejb.ApplicationException;

/**
 * A request that the item's rules refuse: a transition not allowed from the current status, or the four-eyes rule.
 * Rolls the transaction back; nothing changes.
 */
@ApplicationException(rollback = true)
public class ItemRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, so that the API can choose 403 (four-eyes) or 409 (wrong status). */
    public enum Kind {
        WRONG_STATUS, FOUR_EYES
    }

    private final Kind kind;

    public ItemRuleViolation(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind getKind() {
        return kind;
    }
}
