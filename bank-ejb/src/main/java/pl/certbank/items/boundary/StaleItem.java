package pl.certbank.items.boundary;

import jakarta.ejb.ApplicationException;

/** Someone changed the item since the caller read it; the caller's change is refused, theirs stays. */
@ApplicationException(rollback = true)
public class StaleItem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long currentLock;

    public StaleItem(String reference, long expected, long current) {
        super("Item " + reference + " was changed by someone else (you edited revision " + expected
                + ", it is now at revision " + current + "); reload it and apply your change again");
        this.currentLock = current;
    }

    public long currentLock() {
        return currentLock;
    }
}
