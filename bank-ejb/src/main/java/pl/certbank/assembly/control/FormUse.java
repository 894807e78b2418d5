package pl.certbank.assembly.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import pl.certbank.items.control.ItemUse;

/** The items forms use, answered from the forms' slots (each pins one item version). */
@Dependent
public class FormUse implements ItemUse {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<String> formsUsing(long itemId) {
        return em.createQuery("SELECT DISTINCT s.form.code FROM FormSlot s WHERE s.version.item.id = :id "
                + "ORDER BY s.form.code", String.class).setParameter("id", itemId).getResultList();
    }

    @Override
    public String usedItemIds() {
        return "SELECT s.version.item.id FROM FormSlot s";
    }
}
