package pl.certbank.assembly.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.ItemStatus;
import pl.certbank.items.entity.ItemType;
import pl.certbank.qualifications.entity.Qualification;

/**
 * The items an assembly may place: the approved version of every unretired item of the qualification (an item whose
 * newer draft is in review still offers the version that was approved), with the cells its criteria lead to, its
 * facility, enemies and family. Read as projections, not entities, so that a bank of 100,000 items loads in seconds.
 */
@Dependent
public class ItemPool {

    @PersistenceContext
    EntityManager em;

    /** The candidates, leaving out the items {@code excluded} names (e.g. those on recently published forms). */
    public List<Candidate> of(Qualification qualification, Set<Long> excluded) {
        Map<Long, Set<Cell>> cells = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT v.id, c.code, o.code, s.code FROM Item i JOIN i.approvedVersion v "
                + "JOIN v.criteria c JOIN c.outcome o JOIN o.outcomeSet s WHERE i.qualification = :q "
                + "AND i.status <> :retired", Object[].class).setParameter("q", qualification)
                .setParameter("retired", ItemStatus.RETIRED).getResultList()) {
            Set<Cell> of = cells.computeIfAbsent((Long) row[0], v -> new HashSet<>());
            of.add(Cell.criterion((String) row[1]));
            of.add(Cell.outcome((String) row[2]));
            of.add(Cell.set((String) row[3]));
        }
        Map<Long, Set<Long>> enemies = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT i.id, e.id FROM Item i JOIN i.enemies e WHERE i.qualification = :q",
                Object[].class).setParameter("q", qualification).getResultList()) {
            enemies.computeIfAbsent((Long) row[0], i -> new HashSet<>()).add((Long) row[1]);
        }
        List<Candidate> pool = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT i.id, v.id, i.reference, v.type, v.difficulty, "
                + "v.difficultyEstimate, i.family FROM Item i JOIN i.approvedVersion v WHERE i.qualification = :q "
                + "AND i.status <> :retired ORDER BY i.reference", Object[].class).setParameter("q", qualification)
                .setParameter("retired", ItemStatus.RETIRED).getResultList()) {
            long itemId = (Long) row[0];
            long versionId = (Long) row[1];
            if (excluded.contains(itemId)) {
                continue;
            }
            Set<Cell> of = new HashSet<>(cells.getOrDefault(versionId, Set.of()));
            of.add(Cell.type(((ItemType) row[3]).name()));
            pool.add(new Candidate(itemId, versionId, (String) row[2], of,
                    facility((Difficulty) row[4], (Double) row[5]), enemies.getOrDefault(itemId, Set.of()),
                    (String) row[6]));
        }
        return pool;
    }

    /**
     * The pinned versions as candidates, whatever their items' state now (retired too): what a run's forms hold, so
     * that an item retired since can be judged and swapped out like any other.
     */
    public List<Candidate> pinned(Set<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Cell>> cells = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT v.id, c.code, o.code, s.code FROM ItemVersion v JOIN v.criteria c "
                + "JOIN c.outcome o JOIN o.outcomeSet s WHERE v.id IN :ids", Object[].class)
                .setParameter("ids", versionIds).getResultList()) {
            Set<Cell> of = cells.computeIfAbsent((Long) row[0], v -> new HashSet<>());
            of.add(Cell.criterion((String) row[1]));
            of.add(Cell.outcome((String) row[2]));
            of.add(Cell.set((String) row[3]));
        }
        Map<Long, Set<Long>> enemies = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT i.id, e.id FROM ItemVersion v JOIN v.item i JOIN i.enemies e "
                + "WHERE v.id IN :ids", Object[].class).setParameter("ids", versionIds).getResultList()) {
            enemies.computeIfAbsent((Long) row[0], i -> new HashSet<>()).add((Long) row[1]);
        }
        List<Candidate> pinned = new ArrayList<>();
        for (Object[] row : em
                .createQuery("SELECT i.id, v.id, i.reference, v.type, v.difficulty, v.difficultyEstimate, "
                        + "i.family FROM ItemVersion v JOIN v.item i WHERE v.id IN :ids", Object[].class)
                .setParameter("ids", versionIds).getResultList()) {
            long itemId = (Long) row[0];
            Set<Cell> of = new HashSet<>(cells.getOrDefault((Long) row[1], Set.of()));
            of.add(Cell.type(((ItemType) row[3]).name()));
            pinned.add(new Candidate(itemId, (Long) row[1], (String) row[2], of,
                    facility((Difficulty) row[4], (Double) row[5]), enemies.getOrDefault(itemId, Set.of()),
                    (String) row[6]));
        }
        return pinned;
    }

    /**
     * An item's expected facility in thousandths: the expert's estimate when there is one, else the difficulty the
     * expert chose (easy 0.80, medium 0.60, hard 0.40; none counts as medium). Measured statistics replace both later.
     */
    public static int facility(Difficulty difficulty, Double estimate) {
        if (estimate != null) {
            return (int) Math.round(Math.max(0, Math.min(1, estimate)) * 1000);
        }
        if (difficulty == null) {
            return 600;
        }
        return switch (difficulty) {
            case EASY -> 800;
            case MEDIUM -> 600;
            case HARD -> 400;
        };
    }
}
