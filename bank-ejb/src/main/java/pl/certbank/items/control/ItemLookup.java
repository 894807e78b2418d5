package pl.certbank.items.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemRefusal;
import pl.certbank.items.entity.ItemVersion;
import pl.certbank.refusals.Refusal;

/** Finding an item, one of its versions, or the item locked for a write: the one way every boundary does it. */
@Dependent
public class ItemLookup {

    @PersistenceContext
    EntityManager em;

    public Item find(long id) {
        Item item = em.find(Item.class, id);
        if (item == null) {
            throw Refusal.of(ItemRefusal.NOT_FOUND, id);
        }
        return item;
    }

    public ItemVersion version(long id, int number) {
        return find(id).getVersions().stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> Refusal.of(ItemRefusal.VERSION_NOT_FOUND, id, number));
    }

    /**
     * The item, write-locked in the database so that concurrent writers queue and the later one sees it stale;
     * refused as stale when {@code expectedLock} (the revision the caller read; null: any) is not the current one.
     */
    public Item lockedAt(long id, Long expectedLock) {
        Item item = em.find(Item.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw Refusal.of(ItemRefusal.NOT_FOUND, id);
        }
        if (expectedLock != null && item.getLock() != expectedLock) {
            throw Refusal.stale(ItemRefusal.STALE, item.getLock(), item.getReference(), expectedLock, item.getLock());
        }
        return item;
    }

    /**
     * The item with this reference (e.g. CRM-017, typed in any case), if any. References are generated in capitals,
     * so the unique index on the column finds it; UPPER(reference) would scan every item.
     */
    public Optional<Item> byReference(String reference) {
        return em.createQuery("SELECT i FROM Item i WHERE i.reference = :ref", Item.class)
                .setParameter("ref", reference.strip().toUpperCase(Locale.ROOT)).getResultStream().findFirst();
    }
}
