package pl.certbank.items.control;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Content that breaks the structural rules; {@link #violations()} names each broken rule and its field. */
@ApplicationException(rollback = true)
public class InvalidItem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<ItemError> violations;

    public InvalidItem(List<ItemError> violations) {
        super("The item cannot be saved: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<ItemError> violations() {
        return violations;
    }

    /** The broken rules in English, "field: what is wrong". */
    public List<String> errors() {
        return violations.stream().map(ItemError::toString).toList();
    }
}
