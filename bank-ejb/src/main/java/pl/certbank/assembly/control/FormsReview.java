package pl.certbank.assembly.control;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a designer compares across forms: per form the count of items in every cell (set, outcome, criterion, type)
 * and the mean facility; between forms the shared items; per item how many forms use it. Plain arithmetic over the
 * forms, independent of the solver, as the check is.
 */
public record FormsReview(List<Form> forms, int[][] shared, Map<Long, Integer> uses, Map<Cell, Bounds> bounds) {

    /** One form's counts per cell and its mean facility in thousandths. */
    public record Form(int number, int meanFacility, Map<Cell, Integer> counts) {
    }

    public static FormsReview of(Demand demand, List<Candidate> pool, List<List<Long>> forms) {
        Map<Long, Candidate> byItem = pool.stream().collect(Collectors.toMap(Candidate::itemId, Function.identity()));
        List<Form> stats = new java.util.ArrayList<>();
        Map<Long, Integer> uses = new TreeMap<>();
        for (int f = 0; f < forms.size(); f++) {
            Map<Cell, Integer> counts = new TreeMap<>();
            long facility = 0;
            int known = 0;
            for (long id : forms.get(f)) {
                uses.merge(id, 1, Integer::sum);
                Candidate c = byItem.get(id);
                if (c == null) {
                    continue;
                }
                known++;
                facility += c.facility();
                c.cells().forEach(cell -> counts.merge(cell, 1, Integer::sum));
            }
            stats.add(new Form(f + 1, known == 0 ? 0 : (int) Math.round((double) facility / known), counts));
        }
        int[][] shared = new int[forms.size()][forms.size()];
        for (int f = 0; f < forms.size(); f++) {
            Set<Long> a = new HashSet<>(forms.get(f));
            for (int g = 0; g < forms.size(); g++) {
                shared[f][g] = (int) forms.get(g).stream().filter(a::contains).count();
            }
        }
        return new FormsReview(stats, shared, uses, new HashMap<>(demand.bounds()));
    }

    /** The largest difference of mean facility between two forms, in thousandths. */
    public int facilitySpread() {
        int low = forms.stream().mapToInt(Form::meanFacility).min().orElse(0);
        int high = forms.stream().mapToInt(Form::meanFacility).max().orElse(0);
        return high - low;
    }
}
