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
import java.util.TreeMap;
import pl.certbank.audit.control.AuditTrail;
import pl.certbank.items.control.ItemDrafting;
import pl.certbank.items.control.ItemPage;
import pl.certbank.items.control.ItemQuery;
import pl.certbank.items.control.ItemRow;
import pl.certbank.items.control.ItemQuality;
import pl.certbank.items.control.ItemSearch;
import pl.certbank.items.control.QualityWarning;
import pl.certbank.items.control.VersionContent;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemStatus;
import pl.certbank.items.entity.ItemVersion;
import pl.certbank.qualifications.entity.Qualification;
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
    ItemSearch search;

    @Inject
    AuditTrail audit;

    @Inject
    ItemQuality quality;

    /** Creates an item with its first version, a draft by the caller. */
    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public Item create(String qualificationCode, ItemContent content) {
        Qualification qualification = em.createNamedQuery(Qualification.BY_CODE, Qualification.class)
                .setParameter("code", qualificationCode).getResultStream().findFirst()
                .orElseThrow(() -> new ItemNotFound("No qualification has the code '" + qualificationCode + "'"));
        return create(qualification, null, content);
    }

    /** Creates an item under a given reference (imports, demo data); a generated one when null. */
    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public Item create(Qualification qualification, String reference, ItemContent content) {
        String actor = actor();
        Item item = new Item(qualification, reference, actor);
        ItemVersion version = drafting.write(item, content, actor);
        em.persist(item);
        if (reference == null) {
            item.assignReference(qualification.getCode().split("-")[0] + "-" + item.getId());
        }
        em.persist(version);
        em.flush();
        audit.record(actor, "CREATE", item.getId(), version.getNumber(), null, describe(version));
        return item;
    }

    /** Saves new content as the next version; refused if the item changed since revision {@code expectedLock}. */
    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public Item revise(long id, long expectedLock, ItemContent content) {
        Item item = lockedAt(id, expectedLock);
        ItemVersion before = item.getLatestVersion();
        ItemStatus statusBefore = item.getStatus();
        ItemVersion version = drafting.write(item, content, actor());
        em.persist(version);
        em.flush();
        audit.record(actor(), "EDIT", id, version.getNumber(), statusBefore + " " + describe(before),
                item.getStatus() + " " + describe(version));
        return item;
    }

    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public Item submitForReview(long id, Long expectedLock) {
        Item item = lockedAt(id, expectedLock);
        ItemStatus before = item.getStatus();
        item.submitForReview(actor());
        return audited(item, "SUBMIT", before);
    }

    /** Retires the item for good; {@code reason} is required. Forms that used it keep their pinned versions. */
    @RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.ADMIN})
    public Item retire(long id, Long expectedLock, String reason) {
        Item item = lockedAt(id, expectedLock);
        ItemStatus before = item.getStatus();
        item.retire(actor(), reason);
        return audited(item, "RETIRE", before);
    }

    /** Quality warnings for content an author is writing (nothing is saved). */
    public List<QualityWarning> check(String qualificationCode, Long itemId, ItemContent content) {
        return quality.warnings(qualificationCode, itemId, content);
    }

    /** Quality warnings for the item's latest version. */
    public List<QualityWarning> warnings(long id) {
        Item item = find(id);
        return quality.warnings(item.getQualification().getCode(), id, VersionContent.of(item.getLatestVersion()));
    }

    /** Starts a new draft from an older version's content. */
    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public Item restore(long id, long expectedLock, int versionNumber) {
        return revise(id, expectedLock, VersionContent.of(version(id, versionNumber)));
    }

    public Item find(long id) {
        Item item = em.find(Item.class, id);
        if (item == null) {
            throw new ItemNotFound("No item has the id " + id);
        }
        return item;
    }

    /**
     * The item with this reference (e.g. CRM-017, typed in any case), if any. References are generated in capitals,
     * so the unique index on the column finds it; UPPER(reference) would scan every item.
     */
    public java.util.Optional<Item> byReference(String reference) {
        return em.createQuery("SELECT i FROM Item i WHERE i.reference = :ref", Item.class)
                .setParameter("ref", reference.strip().toUpperCase(java.util.Locale.ROOT)).getResultStream()
                .findFirst();
    }

    public ItemVersion version(long id, int number) {
        return find(id).getVersions().stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new ItemNotFound("Item " + id + " has no version " + number));
    }

    public ItemPage<ItemRow> search(ItemQuery query) {
        return search.find(query);
    }

    /** Items that new forms may use: approved, not retired. */
    public List<Item> availableForForms(String qualificationCode) {
        return search.availableForForms(qualificationCode);
    }

    /** Codes and titles of the forms that pin any version of the item. */
    public List<String> formsUsing(long id) {
        return em.createQuery("SELECT DISTINCT s.form.code FROM FormSlot s WHERE s.version.item.id = :id "
                + "ORDER BY s.form.code", String.class).setParameter("id", id).getResultList();
    }

    /** Approved (not retired) items per criterion code of the qualification, zero included. */
    public Map<String, Long> coverage(String qualificationCode) {
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

    @RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.ADMIN})
    public Item setEnemies(long id, List<Long> enemyIds) {
        Item item = find(id);
        String before = enemyReferences(item);
        List.copyOf(item.getEnemies()).forEach(item::removeEnemy);
        enemyIds.forEach(enemyId -> item.addEnemy(find(enemyId)));
        audit.record(actor(), "ENEMIES", id, null, before, enemyReferences(item));
        return item;
    }

    @RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.ADMIN})
    public Item setFamily(long id, String family) {
        Item item = find(id);
        String before = item.getFamily();
        item.setFamily(family);
        audit.record(actor(), "FAMILY", id, null, before, item.getFamily());
        return item;
    }

    /** The item, write-locked in the database so that concurrent writers queue and the later one sees it stale. */
    Item lockedAt(long id, Long expectedLock) {
        Item item = em.find(Item.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw new ItemNotFound("No item has the id " + id);
        }
        if (expectedLock != null && item.getLock() != expectedLock) {
            throw new StaleItem(item.getReference(), expectedLock, item.getLock());
        }
        return item;
    }

    Item audited(Item item, String action, ItemStatus before) {
        audit.record(actor(), action, item.getId(), item.getLatestVersion().getNumber(), before.name(),
                item.getStatus().name());
        return item;
    }

    private static String enemyReferences(Item item) {
        return item.getEnemies().stream().map(Item::getReference).sorted().toList().toString();
    }

    private static String describe(ItemVersion version) {
        return version == null ? null : "v" + version.getNumber() + " " + version.getType() + " "
                + version.criterionCodes() + ": " + version.getStem();
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }
}
