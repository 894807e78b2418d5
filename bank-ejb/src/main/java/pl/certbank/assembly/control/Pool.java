package pl.certbank.assembly.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Shrinks a very large bank before the model is built, since the full model of 100,000 items does not solve in useful
 * time. A heuristic: the items it drops might have been in the best forms; the benchmark measures the loss against
 * the LP bound of the full pool.
 */
public final class Pool {

    private Pool() {
    }

    /**
     * Keeps, for every criterion × type combination, the {@code perCell} items with facility closest to the target;
     * every locked-in item; and enough further items (closest to the target first) that every bounded cell can still
     * fill its minimum on all forms and all forms can be filled. Locked-out items are dropped. Pool order is kept.
     */
    public static List<Candidate> prefilter(Demand d, List<Candidate> pool, int perCell) {
        Comparator<Candidate> closest = Comparator.comparingInt(c -> Math.abs(c.facility() - d.facilityTarget()));
        List<Candidate> usable = pool.stream().filter(c -> !d.lockedOut().contains(c.itemId())).sorted(closest)
                .toList();
        Set<Long> keep = new HashSet<>();
        d.lockedIn().values().forEach(keep::addAll);
        Map<List<Cell>, Integer> kept = new LinkedHashMap<>();
        for (Candidate c : usable) {
            for (List<Cell> combination : combinations(c)) {
                if (kept.getOrDefault(combination, 0) < perCell) {
                    kept.merge(combination, 1, Integer::sum);
                    keep.add(c.itemId());
                }
            }
        }
        for (Cell cell : new TreeSet<>(d.bounds().keySet())) {
            topUp(keep, usable.stream().filter(c -> c.cells().contains(cell)).toList(),
                    (long) d.forms() * d.boundsOf(cell).min());
        }
        topUp(keep, usable, (long) d.forms() * d.length());
        return pool.stream().filter(c -> keep.contains(c.itemId())).toList();
    }

    private static void topUp(Set<Long> keep, List<Candidate> closestFirst, long wanted) {
        long have = closestFirst.stream().filter(c -> keep.contains(c.itemId())).count();
        for (Candidate c : closestFirst) {
            if (have >= wanted) {
                return;
            }
            if (keep.add(c.itemId())) {
                have++;
            }
        }
    }

    private static List<List<Cell>> combinations(Candidate c) {
        List<Cell> criteria = c.cells().stream().filter(x -> x.kind() == Cell.Kind.CRITERION).sorted().toList();
        List<Cell> types = c.cells().stream().filter(x -> x.kind() == Cell.Kind.TYPE).sorted().toList();
        List<List<Cell>> combinations = new ArrayList<>();
        for (Cell criterion : criteria.isEmpty() ? List.<Cell>of(Cell.criterion("")) : criteria) {
            for (Cell type : types.isEmpty() ? List.<Cell>of(Cell.type("")) : types) {
                combinations.add(List.of(criterion, type));
            }
        }
        return combinations;
    }
}
