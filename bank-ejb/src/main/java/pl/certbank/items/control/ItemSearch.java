package pl.certbank.items.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemStatus;

/**
 * Turns an {@link ItemQuery} into one JPQL page query and one count, both over the item table (which carries the
 * latest version's searchable facts), so that a page costs two statements whatever the bank's size.
 */
@Dependent
public class ItemSearch {

    @PersistenceContext
    EntityManager em;

    public ItemPage<Item> find(ItemQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(i) FROM Item i" + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        String order = " ORDER BY " + query.sort().path + (query.descending() ? " DESC" : " ASC") + ", i.id DESC";
        TypedQuery<Item> page = em.createQuery("SELECT i FROM Item i" + where + order, Item.class)
                .setFirstResult(query.offset()).setMaxResults(query.limit())
                .setHint("eclipselink.batch", "i.latestVersion")
                .setHint("eclipselink.batch.type", "IN");
        parameters.forEach(page::setParameter);
        return new ItemPage<>(page.getResultList(), total, query.offset(), query.limit());
    }

    /** Items that new forms may use: approved and not retired; their approved version is the one to pin. */
    public List<Item> availableForForms(String qualification) {
        return em.createQuery("SELECT i FROM Item i WHERE i.qualification.code = :q AND i.status <> :retired "
                + "AND i.approvedVersion IS NOT NULL ORDER BY i.reference", Item.class)
                .setParameter("q", qualification).setParameter("retired", ItemStatus.RETIRED)
                .setHint("eclipselink.batch", "i.approvedVersion")
                .getResultList();
    }

    private static String where(ItemQuery query, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("i.qualification.code = :qualification");
        parameters.put("qualification", query.qualification());
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
        List<String> words = PlainText.words(query.text());
        for (int i = 0; i < words.size() && i < 8; i++) {
            conditions.add("i.searchText LIKE :word" + i);
            parameters.put("word" + i, "%" + words.get(i) + "%");
        }
        if (!query.criteria().isEmpty()) {
            conditions.add("EXISTS (SELECT c FROM ItemVersion v JOIN v.criteria c WHERE v = i.latestVersion "
                    + "AND c.code IN :criteria)");
            parameters.put("criteria", List.copyOf(query.criteria()));
        }
        if (query.outcomeSet() != null && !query.outcomeSet().isBlank()) {
            conditions.add("EXISTS (SELECT c FROM ItemVersion v JOIN v.criteria c WHERE v = i.latestVersion "
                    + "AND c.outcome.outcomeSet.code = :outcomeSet)");
            parameters.put("outcomeSet", query.outcomeSet().strip());
        }
        if (query.availableOnly()) {
            conditions.add("i.status <> :retired AND i.approvedVersion IS NOT NULL");
            parameters.put("retired", ItemStatus.RETIRED);
        }
        if (query.unusedOnly()) {
            conditions.add("NOT EXISTS (SELECT s FROM FormSlot s WHERE s.version.item = i)");
        }
        return " WHERE " + String.join(" AND ", conditions);
    }
}
