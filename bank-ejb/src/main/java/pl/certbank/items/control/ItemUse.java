package pl.certbank.items.control;

import java.util.List;

/**
 * Which items test forms use. Forms belong to the assembly component, which implements this; items asks through it and
 * never names the form tables itself, so dependencies run one way (items ← assembly).
 */
public interface ItemUse {

    /** Codes of the forms that pin any version of the item, sorted: what retiring it would touch. */
    List<String> formsUsing(long itemId);

    /**
     * A JPQL subquery selecting the ids of every item that some form uses, which item search embeds as
     * {@code i.id NOT IN (...)} so that "not used in any form" stays one statement however large the bank.
     */
    String usedItemIds();
}
