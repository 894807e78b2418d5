package pl.certbank.assembly.control;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The value {@link AssemblyModel}'s objective gives finished forms, computed from the forms themselves:
 * {@code 1000 × (criteria the worst-covered form holds) − Σ_f |facility sum of f − target × length|} (thousandths). Used
 * to cross-check a solver and to rank swaps. Items missing from the pool count for nothing.
 */
public final class Objective {

    private Objective() {
    }

    public static long of(Demand d, List<Candidate> pool, List<List<Long>> forms) {
        Map<Long, Candidate> byId = pool.stream()
                .collect(Collectors.toMap(Candidate::itemId, Function.identity(), (a, b) -> a));
        long worst = Long.MAX_VALUE;
        long deviation = 0;
        for (List<Long> form : forms) {
            Set<Cell> criteria = new HashSet<>();
            long facility = 0;
            for (long id : new HashSet<>(form)) {
                Candidate c = byId.get(id);
                if (c != null) {
                    facility += c.facility();
                    c.cells().stream().filter(cell -> cell.kind() == Cell.Kind.CRITERION).forEach(criteria::add);
                }
            }
            worst = Math.min(worst, criteria.size());
            deviation += Math.abs(facility - (long) d.facilityTarget() * d.length());
        }
        return AssemblyModel.COVERAGE_WEIGHT * (forms.isEmpty() ? 0 : worst) - deviation;
    }

    /**
     * A bound no forms can beat, from counting alone: criterion {@code k} can be on at most
     * {@code min(forms, items of k × uses)} forms (none when the demand excludes it), so the worst-covered form holds at
     * most the floor of their sum over the forms; nor can the forms' places cover more criteria than their items count
     * in (each item on at most {@code uses} forms). Deviations are never negative. The bound a run shows before the
     * solver has proved its own, and a cap on the one it proves.
     */
    public static long ceiling(Demand d, List<Candidate> pool) {
        long forms = reach(d, pool).values().stream().mapToLong(Long::longValue).sum();
        // Slots: the forms hold forms × length places, an item at most `uses` of them, and a place covers as many
        // criteria as its item counts in (those the demand excludes aside); the worst form covers at most the best
        // fill over the forms.
        long[] perItem = pool.stream().mapToLong(c -> c.cells().stream()
                .filter(cell -> cell.kind() == Cell.Kind.CRITERION && d.boundsOf(cell).max() > 0).count())
                .sorted().toArray();
        long places = (long) d.forms() * d.length();
        long slots = 0;
        for (int i = perItem.length - 1; i >= 0 && places > 0; i--) {
            long taken = Math.min(places, d.maxUses());
            slots += taken * perItem[i];
            places -= taken;
        }
        return AssemblyModel.COVERAGE_WEIGHT * (Math.min(forms, slots) / d.forms());
    }

    /**
     * How many forms each criterion of the pool can reach: {@code min(forms, items of k × uses)}, none when the demand
     * excludes it. The count {@link #ceiling} sums and the model's {@code cap_} rows state.
     */
    static Map<Cell, Long> reach(Demand d, List<Candidate> pool) {
        Map<Cell, Long> items = pool.stream().flatMap(c -> c.cells().stream())
                .filter(cell -> cell.kind() == Cell.Kind.CRITERION)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<Cell, Long> reach = new java.util.HashMap<>();
        items.forEach((criterion, n) -> reach.put(criterion,
                d.boundsOf(criterion).max() == 0 ? 0 : Math.min(d.forms(), n * d.maxUses())));
        return reach;
    }
}
