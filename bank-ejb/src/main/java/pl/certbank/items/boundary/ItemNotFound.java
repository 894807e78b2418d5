package pl.certbank.items.boundary;

import jakarta.ejb.ApplicationException;

/** No item (or version) has the given id or number. */
@ApplicationException(rollback = true)
public class ItemNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ItemNotFound(String message) {
        super(message);
    }
}
