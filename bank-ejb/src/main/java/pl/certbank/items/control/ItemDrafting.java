package pl.certbank.items.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import pl.certbank.audit.control.AuditTrail;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemRefusal;
import pl.certbank.items.entity.ItemStatus;
import pl.certbank.items.entity.ItemVersion;
import pl.certbank.qualifications.entity.Criterion;
import pl.certbank.qualifications.entity.Qualification;
import pl.certbank.refusals.FieldError;
import pl.certbank.refusals.Refusal;

/**
 * Turns what an author submitted into a stored version: sanitises the HTML, refuses structural errors with every
 * reason, resolves criterion codes within the item's qualification, writes the version and audits it. Authored, demo
 * and imported items all take this path.
 */
@Dependent
public class ItemDrafting {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Sanitised content: stem HTML cleaned. */
    public static ItemContent clean(ItemContent content) {
        return content.withStem(StemSanitizer.sanitise(content.stem()));
    }

    /** A new item with its first version, a draft by {@code actor}; a reference is generated when null. */
    public Item create(Qualification qualification, String reference, ItemContent content, String actor) {
        Item item = new Item(qualification, reference, actor);
        ItemVersion version = write(item, content, actor);
        em.persist(item);
        if (reference == null) {
            item.assignReference(qualification.getCode().split("-")[0] + "-" + item.getId());
        }
        em.persist(version);
        audit.record(ItemAudit.created(actor, item.getId(), version));
        return item;
    }

    /** The next version of an item, a draft by {@code actor}. */
    public ItemVersion revise(Item item, ItemContent content, String actor) {
        ItemVersion before = item.getLatestVersion();
        ItemStatus statusBefore = item.getStatus();
        ItemVersion version = write(item, content, actor);
        em.persist(version);
        audit.record(ItemAudit.edited(actor, item.getId(), statusBefore, before, item.getStatus(), version));
        return version;
    }

    private ItemVersion write(Item item, ItemContent submitted, String actor) {
        ItemContent content = clean(submitted);
        return item.revise(content, validated(item.getQualification().getCode(), content), actor);
    }

    /** Refuses content that could not be saved in the qualification, as saving would; nothing is written. */
    public void validate(String qualification, ItemContent content) {
        validated(qualification, clean(content));
    }

    private List<Criterion> validated(String qualification, ItemContent content) {
        List<FieldError> errors = new ArrayList<>(content.violations());
        List<Criterion> criteria = criteria(qualification, content.criteria(), errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(ItemRefusal.INVALID, errors);
        }
        return criteria;
    }

    private List<Criterion> criteria(String qualification, Set<String> codes, List<FieldError> errors) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Criterion> found = em.createQuery("SELECT c FROM Criterion c WHERE c.code IN :codes "
                + "AND c.outcome.outcomeSet.qualification.code = :q", Criterion.class)
                .setParameter("codes", List.copyOf(codes)).setParameter("q", qualification).getResultList();
        Set<String> unknown = new TreeSet<>(codes);
        found.forEach(c -> unknown.remove(c.getCode()));
        if (!unknown.isEmpty()) {
            errors.add(FieldError.of("criteria", ItemContent.Rule.UNKNOWN_CRITERIA, String.join(", ", unknown),
                    qualification));
        }
        return found;
    }
}
