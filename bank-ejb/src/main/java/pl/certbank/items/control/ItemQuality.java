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
import pl.certbank.items.entity.PlainText;

/**
 * All quality warnings for an item: the checks of its own content, and near-duplicate stems already in the bank.
 * Candidates are found by the stem's distinctive words in the word index, then scored; the bank is never scanned
 * whole in Java.
 */
@Dependent
public class ItemQuality {

    static final int CANDIDATES = 200;
    static final int SHOWN = 3;
    /** Polish inflects the end of a word: its first six letters find its other forms without matching everything. */
    static final int INFLECTION_STEM = 6;

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
        List<Long> candidates = candidates(qualification, itemId, StemSimilarity.distinctiveWords(stem, 3));
        if (candidates.isEmpty()) {
            return List.of();
        }
        String plain = PlainText.of(stem);
        return em.createQuery("SELECT i.id, i.reference, i.stemText FROM Item i WHERE i.id IN :ids", Object[].class)
                .setParameter("ids", candidates).getResultList().stream()
                .map(row -> new SimilarItem((Long) row[0], (String) row[1], (String) row[2],
                        StemSimilarity.score(plain, (String) row[2])))
                .filter(s -> s.score() >= StemSimilarity.NEAR_DUPLICATE)
                .sorted(Comparator.comparingDouble(SimilarItem::score).reversed())
                .limit(SHOWN).toList();
    }

    /**
     * Items sharing the most of the stem's distinctive words, through the word index. A word matches as a prefix of
     * its first letters, so inflected forms ("klienta", "klientów") count as one word.
     */
    private List<Long> candidates(String qualification, Long itemId, List<String> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> likes = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            likes.add("w.word LIKE :w" + i);
        }
        var query = em.createQuery("SELECT w.item.id, COUNT(w) AS shared FROM ItemWord w WHERE ("
                + String.join(" OR ", likes) + ") AND w.item.qualification.code = :q AND w.item.status <> :retired "
                + "AND w.item.id <> :self GROUP BY w.item.id ORDER BY shared DESC, w.item.id DESC", Object[].class)
                .setParameter("q", qualification).setParameter("retired", ItemStatus.RETIRED)
                .setParameter("self", itemId == null ? -1L : itemId).setMaxResults(CANDIDATES);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, prefix(words.get(i)) + "%");
        }
        return query.getResultList().stream().map(row -> (Long) row[0]).toList();
    }

    private static String prefix(String word) {
        return word.length() > INFLECTION_STEM ? word.substring(0, INFLECTION_STEM) : word;
    }
}
