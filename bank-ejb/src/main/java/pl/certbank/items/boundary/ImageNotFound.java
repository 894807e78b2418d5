package pl.certbank.items.boundary;

import jakarta.ejb.ApplicationException;

/** No stored image has the given id. */
@ApplicationException(rollback = true)
public class ImageNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImageNotFound(long id) {
        super("No image has the id " + id);
    }
}
