package pl.certbank.items.control;

import jakarta.ejb.ApplicationException;

/** An upload the bank does not store, with the {@link Reason} a client or page can explain; nothing was saved. */
@ApplicationException(rollback = true)
public class RefusedImage extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        EMPTY, INCOMPLETE, TOO_LARGE, NOT_AN_IMAGE, SVG, TYPE_MISMATCH
    }

    private final Reason reason;
    private final int maxBytes;

    public RefusedImage(Reason reason, int maxBytes, String message) {
        super(message);
        this.reason = reason;
        this.maxBytes = maxBytes;
    }

    public Reason reason() {
        return reason;
    }

    /** The size limit in force when the upload was refused. */
    public int maxBytes() {
        return maxBytes;
    }
}
