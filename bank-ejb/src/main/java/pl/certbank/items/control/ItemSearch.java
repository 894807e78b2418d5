package pl.certbank.items.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemStatus;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.PlainText;

/**
 * Turns an {@link ItemQuery} into one JPQL page query and one count, both over the item table (which carries the
 * latest version's searchable facts), so that a page costs two statements whatever the bank's size.
 */
@Dependent
public class ItemSearch {

    /**
     * Matches counted at most when the filters read other tables than the item's (see {@link #count}); the system
     * property {@code certbank.search.count-limit} changes it (the container tests use 100).
     */
    public static final int COUNT_LIMIT = Integer.getInteger("certbank.search.count-limit", 10_000);
    private static final int MAX_WORDS = 8;
    /**
     * Shorter query words ("w", "z", "do") must match whole words: as prefixes they would match a large share of
     * all words in the bank and find nothing more useful.
     */
    private static final int PREFIX_MIN_LENGTH = 3;

    /** Which database this is, found once: the answer cannot change while the application runs. */
    private static volatile Boolean postgreSql;

    @PersistenceContext
    EntityManager em;

    @Inject
    ItemUse use;

    public ItemPage<ItemRow> find(ItemQuery query) {
        serialPlansOnPostgreSql();
        Filter filter = filter(query);
        Count count = count(filter);
        // Page ids from the item table alone (its indexes can serve the order), then their rows by primary key.
        String direction = query.descending() ? " DESC" : " ASC";
        TypedQuery<Long> pageIds = filter.query(em, "SELECT i.id FROM Item i", " ORDER BY " + query.sort().path
                + direction + ", i.id" + direction, Long.class)
                .setFirstResult(query.offset()).setMaxResults(query.limit());
        List<Long> ids = pageIds.getResultList();
        if (ids.isEmpty()) {
            return new ItemPage<>(List.of(), count.total(), count.exact(), query.offset(), query.limit());
        }
        List<Object[]> rows = em.createQuery("SELECT i.id, i.reference, i.status, i.type, i.difficulty, "
                + "i.author, i.stemText, i.updatedAt, i.lock, l.id, l.number, a.number FROM Item i "
                + "JOIN i.latestVersion l LEFT JOIN i.approvedVersion a WHERE i.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList();
        Map<Long, Integer> position = new HashMap<>();
        ids.forEach(id -> position.put(id, position.size()));
        rows.sort(Comparator.comparing(r -> position.get((Long) r[0])));
        Map<Long, List<String>> criteria = criteriaOf(rows.stream().map(r -> (Long) r[9]).toList());
        List<ItemRow> items = rows.stream().map(r -> new ItemRow((Long) r[0], (String) r[1], (ItemStatus) r[2],
                (ItemType) r[3], (Difficulty) r[4], (String) r[5], (String) r[6], (OffsetDateTime) r[7],
                ((Number) r[8]).longValue(), (Integer) r[10], (Integer) r[11],
                criteria.getOrDefault((Long) r[9], List.of()))).toList();
        return new ItemPage<>(items, count.total(), count.exact(), query.offset(), query.limit());
    }

    /** The conditions of a search, their parameters, and whether any condition reads another table than the item's. */
    private record Filter(String where, Map<String, Object> parameters, boolean readsOtherTables) {
        <T> TypedQuery<T> query(EntityManager em, String select, String orderBy, Class<T> type) {
            TypedQuery<T> query = em.createQuery(select + where + orderBy, type);
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    /** How many items match; not {@code exact} when there are more than {@link #COUNT_LIMIT} (then the limit). */
    private record Count(long total, boolean exact) {
    }

    /**
     * All matches when only the item table is read (an index-only count); otherwise at most {@link #COUNT_LIMIT} + 1:
     * counting every match of a broad word, criterion or usage filter means intersecting sets of tens of thousands of
     * ids for a number nobody pages through, while the first ten thousand are found in a few milliseconds.
     */
    private Count count(Filter filter) {
        if (!filter.readsOtherTables()) {
            return new Count(filter.query(em, "SELECT COUNT(i) FROM Item i", "", Long.class).getSingleResult(), true);
        }
        int found = filter.query(em, "SELECT i.id FROM Item i", "", Long.class).setMaxResults(COUNT_LIMIT + 1)
                .getResultList().size();
        return new Count(Math.min(found, COUNT_LIMIT), found <= COUNT_LIMIT);
    }

    /**
     * Plans for this transaction only. A page is found by walking an index in list order and stopping at the page's
     * last row; PostgreSQL's parallel plans cannot stop early (their workers keep scanning until the leader has its
     * rows), which made a two-word search ten times slower (docs/benchmarks.md). And the plan must be made for the
     * actual words, not cached for any.
     */
    private void serialPlansOnPostgreSql() {
        if (postgreSql == null) {
            try {
                postgreSql = em.unwrap(Connection.class).getMetaData().getDatabaseProductName()
                        .toLowerCase(Locale.ROOT).contains("postgres");
            } catch (SQLException | RuntimeException e) {
                postgreSql = false;
            }
        }
        if (postgreSql) {
            em.createNativeQuery("SET LOCAL max_parallel_workers_per_gather = 0").executeUpdate();
            // A word prefix is a bound parameter: a cached generic plan cannot turn "LIKE ?" into an index range.
            em.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        }
    }

    /** Criterion codes per version id, for one page of versions, in one statement. */
    private Map<Long, List<String>> criteriaOf(List<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> codes = new HashMap<>();
        em.createQuery("SELECT v.id, c.code FROM ItemVersion v JOIN v.criteria c WHERE v.id IN :ids ORDER BY c.code",
                Object[].class).setParameter("ids", versionIds).getResultList()
                .forEach(r -> codes.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return codes;
    }

    /** Items that new forms may use: approved and not retired; their approved version is the one to pin. */
    public List<Item> availableForForms(String qualification) {
        return em.createQuery("SELECT i FROM Item i WHERE i.qualification.code = :q AND i.status <> :retired "
                + "AND i.approvedVersion IS NOT NULL ORDER BY i.reference", Item.class)
                .setParameter("q", qualification).setParameter("retired", ItemStatus.RETIRED)
                .setHint("eclipselink.batch", "i.approvedVersion")
                .getResultList();
    }

    /**
     * Conditions on the item table only: the qualification and criteria are resolved to ids first, so the page and
     * count statements use the item indexes, the criterion tag index and the word index, and never join per row.
     */
    private Filter filter(ItemQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        boolean readsOtherTables = false;
        conditions.add("i.qualification.id = :qualification");
        parameters.put("qualification", qualificationId(query.qualification()));
        if (!query.statuses().isEmpty()) {
            conditions.add("i.status IN :statuses");
            parameters.put("statuses", List.copyOf(query.statuses()));
        }
        if (!query.types().isEmpty()) {
            conditions.add("i.type IN :types");
            parameters.put("types", List.copyOf(query.types()));
        }
        if (!query.difficulties().isEmpty()) {
            conditions.add("i.difficulty IN :difficulties");
            parameters.put("difficulties", List.copyOf(query.difficulties()));
        }
        if (query.author() != null && !query.author().isBlank()) {
            conditions.add("i.author = :author");
            parameters.put("author", query.author().strip());
        }
        List<String> words = searchWords(query.text());
        for (int i = 0; i < words.size() && i < MAX_WORDS; i++) {
            String word = words.get(i);
            boolean whole = word.length() < PREFIX_MIN_LENGTH;
            conditions.add("i.id IN (SELECT w.itemId FROM ItemWord w WHERE w.word " + (whole ? "=" : "LIKE")
                    + " :word" + i + ")");
            parameters.put("word" + i, whole ? word : word + "%");
            readsOtherTables = true;
        }
        List<Long> criteria = criterionIds(query);
        if (criteria != null) {
            conditions.add("i.id IN (SELECT t.itemId FROM CriterionTag t WHERE t.criterionId IN :criteria)");
            parameters.put("criteria", criteria.isEmpty() ? List.of(-1L) : criteria);
            readsOtherTables = true;
        }
        if (query.availableOnly()) {
            conditions.add("i.status <> :retired AND i.approvedVersion IS NOT NULL");
            parameters.put("retired", ItemStatus.RETIRED);
        }
        if (query.unusedOnly()) {
            conditions.add("i.id NOT IN (" + use.usedItemIds() + ")");
            readsOtherTables = true;
        }
        return new Filter(" WHERE " + String.join(" AND ", conditions), parameters, readsOtherTables);
    }

    /**
     * The query's folded words without one-letter words ("w", "z", "i"), which occur in a large share of all items and
     * narrow nothing; a query of only such words keeps them.
     */
    static List<String> searchWords(String text) {
        List<String> words = PlainText.words(text);
        List<String> meaningful = words.stream().filter(w -> w.length() > 1).toList();
        return meaningful.isEmpty() ? words : meaningful;
    }

    private Long qualificationId(String code) {
        return em.createQuery("SELECT q.id FROM Qualification q WHERE q.code = :code", Long.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(-1L);
    }

    /** Ids of the criteria asked for (by code, or all of an outcome set); null when neither filter is set. */
    private List<Long> criterionIds(ItemQuery query) {
        boolean byCode = !query.criteria().isEmpty();
        boolean bySet = query.outcomeSet() != null && !query.outcomeSet().isBlank();
        if (!byCode && !bySet) {
            return null;
        }
        String jpql = "SELECT c.id FROM Criterion c WHERE c.outcome.outcomeSet.qualification.code = :q"
                + (byCode ? " AND c.code IN :codes" : "") + (bySet ? " AND c.outcome.outcomeSet.code = :set" : "");
        var ids = em.createQuery(jpql, Long.class).setParameter("q", query.qualification());
        if (byCode) {
            ids.setParameter("codes", List.copyOf(query.criteria()));
        }
        if (bySet) {
            ids.setParameter("set", query.outcomeSet().strip());
        }
        return ids.getResultList();
    }
}
