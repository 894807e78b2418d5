package pl.certbank.assembly.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import pl.certbank.assembly.control.AssemblyModel.Sense;
import pl.certbank.assembly.control.AssemblyModel.Term;

/** The rows of an {@link AssemblyModel} that state the blueprint's rules, each grouped under the rule's own words. */
final class BlueprintRows {

    private final Demand d;
    private final List<Candidate> pool;
    private final int[][] x;
    private final AssemblyModel.Draft draft;

    BlueprintRows(Demand d, List<Candidate> pool, int[][] x, AssemblyModel.Draft draft) {
        this.d = d;
        this.pool = pool;
        this.x = x;
        this.draft = draft;
    }

    void addAll() {
        for (int f = 0; f < d.forms(); f++) {
            draft.row("length_f" + (f + 1), "length " + d.length(), onForm(f, i -> true, 1), Sense.EQ, d.length());
        }
        cells();
        facilityBands();
        enemies();
        families();
        uses();
        overlap();
        locks();
    }

    private List<Term> onForm(int f, IntPredicate items, long coefficient) {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (items.test(i)) {
                terms.add(new Term(x[i][f], coefficient));
            }
        }
        return terms;
    }

    private List<Term> facilities(int f) {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            terms.add(new Term(x[i][f], pool.get(i).facility()));
        }
        return terms;
    }

    private void cells() {
        for (Cell cell : new TreeSet<>(d.bounds().keySet())) {
            Bounds b = d.boundsOf(cell);
            String name = cell.label().replace(' ', '_');
            for (int f = 0; f < d.forms(); f++) {
                List<Term> terms = onForm(f, i -> pool.get(i).cells().contains(cell), 1);
                if (b.min() > 0) {
                    draft.row("min_" + name + "_f" + (f + 1), cell.label() + " at least " + b.min() + " per form",
                            terms, Sense.GE, b.min());
                }
                // A maximum no form could exceed (fewer items in the cell) is no rule worth a row.
                if (b.max() < terms.size()) {
                    draft.row("max_" + name + "_f" + (f + 1), cell.label() + " at most " + b.max() + " per form",
                            terms, Sense.LE, b.max());
                }
            }
        }
    }

    private void facilityBands() {
        for (int f = 0; f < d.forms(); f++) {
            String group = "facility band form " + (f + 1);
            if (d.facilityLow() > 0) {
                draft.row("band_low_f" + (f + 1), group, facilities(f), Sense.GE, (long) d.facilityLow() * d.length());
            }
            if (d.facilityHigh() < 1000) {
                draft.row("band_high_f" + (f + 1), group, facilities(f), Sense.LE,
                        (long) d.facilityHigh() * d.length());
            }
        }
    }

    private void enemies() {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < pool.size(); i++) {
            index.put(pool.get(i).itemId(), i);
        }
        Set<List<Integer>> pairs = new LinkedHashSet<>();
        for (int i = 0; i < pool.size(); i++) {
            for (long enemy : new TreeSet<>(pool.get(i).enemies())) {
                Integer j = index.get(enemy);
                if (j != null && j != i) {
                    pairs.add(List.of(Math.min(i, j), Math.max(i, j)));
                }
            }
        }
        for (List<Integer> pair : pairs) {
            Candidate a = pool.get(pair.get(0));
            Candidate b = pool.get(pair.get(1));
            for (int f = 0; f < d.forms(); f++) {
                draft.row("enemies_" + a.itemId() + "_" + b.itemId() + "_f" + (f + 1),
                        "enemies " + a.reference() + "/" + b.reference(),
                        onForm(f, i -> i == pair.get(0) || i == pair.get(1), 1), Sense.LE, 1);
            }
        }
    }

    private void families() {
        Map<String, List<Integer>> families = new LinkedHashMap<>();
        for (int i = 0; i < pool.size(); i++) {
            if (pool.get(i).family() != null) {
                families.computeIfAbsent(pool.get(i).family(), k -> new ArrayList<>()).add(i);
            }
        }
        families.forEach((family, members) -> {
            for (int f = 0; members.size() > 1 && f < d.forms(); f++) {
                draft.row("family_" + family + "_f" + (f + 1), "family " + family,
                        onForm(f, members::contains, 1), Sense.LE, 1);
            }
        });
    }

    private void uses() {
        for (int i = 0; d.maxUses() < d.forms() && i < pool.size(); i++) {
            List<Term> terms = new ArrayList<>();
            for (int f = 0; f < d.forms(); f++) {
                terms.add(new Term(x[i][f], 1));
            }
            Candidate c = pool.get(i);
            draft.row("uses_" + c.itemId(), "uses of " + c.reference(), terms, Sense.LE, d.maxUses());
        }
    }

    /**
     * Pairwise overlap through z[i][f][g] >= x[i][f] + x[i][g] - 1. Skipped when it cannot bind: two forms of
     * {@code length} items never share more than {@code length}, and an item used once is never shared at all.
     */
    private void overlap() {
        if (d.forms() < 2 || d.maxShared() >= d.length() || d.maxUses() == 1) {
            return;
        }
        for (int f = 0; f < d.forms(); f++) {
            for (int g = f + 1; g < d.forms(); g++) {
                String group = "overlap forms " + (f + 1) + " and " + (g + 1);
                String pair = (f + 1) + "_" + (g + 1);
                List<Term> shared = new ArrayList<>();
                for (int i = 0; i < pool.size(); i++) {
                    long id = pool.get(i).itemId();
                    int z = draft.variable("z_" + id + "_" + pair, 0, 1);
                    shared.add(new Term(z, 1));
                    draft.row("shared_" + id + "_" + pair, group,
                            List.of(new Term(x[i][f], 1), new Term(x[i][g], 1), new Term(z, -1)), Sense.LE, 1);
                }
                draft.row("overlap_" + pair, group, shared, Sense.LE, d.maxShared());
            }
        }
    }

    private void locks() {
        for (int i = 0; i < pool.size(); i++) {
            Candidate c = pool.get(i);
            if (d.lockedOut().contains(c.itemId())) {
                List<Term> terms = new ArrayList<>();
                for (int f = 0; f < d.forms(); f++) {
                    terms.add(new Term(x[i][f], 1));
                }
                draft.row("out_" + c.itemId(), "locked out " + c.reference(), terms, Sense.EQ, 0);
            }
        }
        for (int f = 0; f < d.forms(); f++) {
            for (long id : new TreeSet<>(d.lockedIn().getOrDefault(f, Set.of()))) {
                int form = f;
                List<Term> terms = onForm(f, i -> pool.get(i).itemId() == id, 1);
                String what = terms.isEmpty() ? "item " + id + " (not in the pool)" : pool.stream()
                        .filter(c -> c.itemId() == id).findFirst().orElseThrow().reference();
                draft.row("in_" + id + "_f" + (form + 1), "locked in " + what + " on form " + (form + 1), terms,
                        Sense.EQ, 1);
            }
        }
    }
}
