package pl.certbank.items.control;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Content that breaks the structural rules; {@link #errors()} names each broken rule and its field. */
@ApplicationException(rollback = true)
public class InvalidItem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    public InvalidItem(List<String> errors) {
        super("The item cannot be saved: " + String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
