package pl.certbank.items.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import pl.certbank.items.control.ItemDrafting;
import pl.certbank.items.control.ItemLifecycle;
import pl.certbank.items.control.ItemLookup;
import pl.certbank.items.control.ItemPage;
import pl.certbank.items.control.ItemQuality;
import pl.certbank.items.control.ItemQuery;
import pl.certbank.items.control.ItemRelations;
import pl.certbank.items.control.ItemRow;
import pl.certbank.items.control.ItemSearch;
import pl.certbank.items.control.ItemUse;
import pl.certbank.items.control.QualityWarning;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemRefusal;
import pl.certbank.items.entity.ItemStatus;
import pl.certbank.items.entity.ItemVersion;
import pl.certbank.qualifications.entity.Qualification;
import pl.certbank.refusals.Refusal;
import pl.certbank.security.entity.Roles;

/** Writing, finding, versioning and retiring items. Every change is audited in its own transaction. */
@Stateless
@RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.DESIGNER, Roles.PUBLISHER, Roles.PRINTER, Roles.ADMIN})
public class Items {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    ItemDrafting drafting;

    @Inject
    ItemLifecycle lifecycle;

    @Inject
    ItemLookup lookup;

    @Inject
    ItemSearch search;

    @Inject
    ItemUse use;

    @Inject
    ItemRelations relations;

    @Inject
    ItemQuality quality;

    /** Creates an item with its first version, a draft by the caller. */
    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public Item create(String qualificationCode, ItemContent content) {
        Qualification qualification = em.createNamedQuery(Qualification.BY_CODE, Qualification.class)
                .setParameter("code", qualificationCode).getResultStream().findFirst()
                .orElseThrow(() -> Refusal.of(ItemRefusal.QUALIFICATION_NOT_FOUND, qualificationCode));
        Item item = drafting.create(qualification, null, content, actor());
        em.flush();
        return item;
    }

    /** Saves new content as the next version; refused if the item changed since revision {@code expectedLock}. */
    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public Item revise(long id, long expectedLock, ItemContent content) {
        return revise(id, expectedLock, null, content);
    }

    /** As {@link #revise(long, long, ItemContent)}; a {@code qualification} given must be the item's own. */
    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public Item revise(long id, long expectedLock, String qualification, ItemContent content) {
        Item item = lookup.lockedAt(id, expectedLock);
        if (qualification != null && !qualification.equals(item.getQualification().getCode())) {
            throw Refusal.of(ItemRefusal.QUALIFICATION_FIXED, item.getReference(), item.getQualification()
                    .getCode(), qualification.length() > 40 ? qualification.substring(0, 40) + "…" : qualification);
        }
        drafting.revise(item, content, actor());
        em.flush();
        return item;
    }

    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public Item submitForReview(long id, Long expectedLock) {
        return lifecycle.submit(lookup.lockedAt(id, expectedLock), actor());
    }

    /** Retires the item for good; {@code reason} is required. Forms that used it keep their pinned versions. */
    @RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.ADMIN})
    public Item retire(long id, Long expectedLock, String reason) {
        return lifecycle.retire(lookup.lockedAt(id, expectedLock), actor(), reason);
    }

    /** Quality warnings for content an author is writing (nothing is saved). */
    public List<QualityWarning> check(String qualificationCode, Long itemId, ItemContent content) {
        return quality.warnings(qualificationCode, itemId, content);
    }

    /**
     * A dry run of saving: refused as saving would refuse the content (422 with every broken rule), else its quality
     * warnings. Nothing is saved.
     */
    public List<QualityWarning> checkBeforeSaving(String qualificationCode, ItemContent content) {
        drafting.validate(qualificationCode, content);
        return quality.warnings(qualificationCode, null, content);
    }

    /** Quality warnings for the item's latest version. */
    public List<QualityWarning> warnings(long id) {
        Item item = find(id);
        return quality.warnings(item.getQualification().getCode(), id, item.getLatestVersion().content());
    }

    /** Starts a new draft from an older version's content. */
    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public Item restore(long id, long expectedLock, int versionNumber) {
        return revise(id, expectedLock, version(id, versionNumber).content());
    }

    public Item find(long id) {
        return lookup.find(id);
    }

    /** The item with this reference (e.g. CRM-017, typed in any case), if any. */
    public Optional<Item> byReference(String reference) {
        return lookup.byReference(reference);
    }

    public ItemVersion version(long id, int number) {
        return lookup.version(id, number);
    }

    public ItemPage<ItemRow> search(ItemQuery query) {
        return search.find(query);
    }

    /** Items that new forms may use: approved, not retired. */
    public List<Item> availableForForms(String qualificationCode) {
        return search.availableForForms(qualificationCode);
    }

    /** Codes of the forms that pin any version of the item: what retiring it would touch. */
    public List<String> formsUsing(long id) {
        return use.formsUsing(id);
    }

    /** Items new forms may use (approved, not retired) per criterion code of the qualification, zero included. */
    public Map<String, Long> availablePerCriterion(String qualificationCode) {
        Map<String, Long> counts = new TreeMap<>();
        em.createQuery("SELECT c.code FROM Criterion c WHERE c.outcome.outcomeSet.qualification.code = :q",
                String.class).setParameter("q", qualificationCode).getResultList()
                .forEach(code -> counts.put(code, 0L));
        em.createQuery("SELECT c.code, COUNT(DISTINCT i.id) FROM Item i JOIN i.approvedVersion v JOIN v.criteria c "
                + "WHERE i.qualification.code = :q AND i.status <> :retired GROUP BY c.code", Object[].class)
                .setParameter("q", qualificationCode).setParameter("retired", ItemStatus.RETIRED)
                .getResultList().forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /**
     * Replaces the item's enemies (by reference, any case) and family in one write, refused as stale when the item
     * changed since revision {@code expectedLock}, like a content edit. The enemy relation is kept on both items.
     */
    @RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.ADMIN})
    public Item relate(long id, long expectedLock, List<String> enemyReferences, String family) {
        Item item = lookup.find(id);
        List<Item> enemies = enemyReferences.stream().map(String::strip).filter(r -> !r.isEmpty()).distinct()
                .map(r -> lookup.byReference(r).orElseThrow(() -> Refusal.of(ItemRefusal.UNKNOWN_ENEMY, r)))
                .distinct().toList();
        // Every item whose enemy list may change is locked, in the order of their ids: two writers relating the same
        // items wait for each other instead of deadlocking.
        Set<Item> involved = new java.util.TreeSet<>(java.util.Comparator.comparing(Item::getId));
        involved.add(item);
        involved.addAll(item.getEnemies());
        involved.addAll(enemies);
        involved.forEach(each -> em.refresh(each, LockModeType.PESSIMISTIC_WRITE));
        if (item.getLock() != expectedLock) {
            throw Refusal.stale(ItemRefusal.STALE, item.getLock(), item.getReference(), expectedLock, item.getLock());
        }
        String familyBefore = item.getFamily();
        Set<Item> changed = relations.relate(item, enemies, family, actor());
        // The enemy relation lives in a table of its own: without this the revisions (ETags) of the item and of the
        // enemies it gained or lost would not change, and a client holding an older revision would not be told.
        if (!changed.isEmpty()) {
            em.lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            changed.forEach(other -> em.lock(other, LockModeType.OPTIMISTIC_FORCE_INCREMENT));
        }
        em.flush();
        return item;
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }
}
