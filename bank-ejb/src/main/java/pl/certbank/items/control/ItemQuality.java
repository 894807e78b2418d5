package pl.certbank.items.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import pl.certbank.items.control.QualityWarning.SimilarItem;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemStatus;

/**
 * All quality warnings for an item: the checks of its own content, and near-duplicate stems already in the bank.
 * Candidates are found by the stem's distinctive words in the search column, then scored; the bank is never scanned
 * whole in Java.
 */
@Dependent
public class ItemQuality {

    static final int CANDIDATES = 200;
    static final int SHOWN = 3;

    @PersistenceContext
    EntityManager em;

    /** Warnings for content about to be saved in {@code qualification}; {@code itemId} null for a new item. */
    public List<QualityWarning> warnings(String qualification, Long itemId, ItemContent content) {
        ItemContent clean = ItemDrafting.clean(content);
        List<QualityWarning> warnings = new ArrayList<>(QualityChecks.check(clean));
        List<SimilarItem> similar = similarItems(qualification, itemId, clean.stem());
        if (!similar.isEmpty()) {
            warnings.add(StemSimilarity.nearDuplicateWarning(similar));
        }
        return warnings;
    }

    List<SimilarItem> similarItems(String qualification, Long itemId, String stem) {
        List<String> words = StemSimilarity.distinctiveWords(stem, 3);
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> likes = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            likes.add("i.searchText LIKE :w" + i);
        }
        var query = em.createQuery("SELECT i.id, i.reference, i.stemText FROM Item i WHERE i.qualification.code = :q "
                + "AND i.status <> :retired AND i.id <> :self AND (" + String.join(" OR ", likes) + ")",
                Object[].class)
                .setParameter("q", qualification).setParameter("retired", ItemStatus.RETIRED)
                .setParameter("self", itemId == null ? -1L : itemId).setMaxResults(CANDIDATES);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, "%" + words.get(i) + "%");
        }
        String plain = PlainText.of(stem);
        return query.getResultList().stream()
                .map(row -> new SimilarItem((Long) row[0], (String) row[1], (String) row[2],
                        StemSimilarity.score(plain, (String) row[2])))
                .filter(s -> s.score() >= StemSimilarity.NEAR_DUPLICATE)
                .sorted(Comparator.comparingDouble(SimilarItem::score).reversed())
                .limit(SHOWN).toList();
    }
}
