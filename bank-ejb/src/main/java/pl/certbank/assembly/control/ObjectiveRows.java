package pl.certbank.assembly.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import pl.certbank.assembly.control.AssemblyModel.Sense;
import pl.certbank.assembly.control.AssemblyModel.Term;

/**
 * The rows of an {@link AssemblyModel} that define its objective (worst-form coverage and facility deviation, see the
 * model's Javadoc) and the rows that order interchangeable forms.
 */
final class ObjectiveRows {

    private final Demand d;
    private final List<Candidate> pool;
    private final int[][] x;
    private final AssemblyModel.Draft draft;

    ObjectiveRows(Demand d, List<Candidate> pool, int[][] x, AssemblyModel.Draft draft) {
        this.d = d;
        this.pool = pool;
        this.x = x;
        this.draft = draft;
    }

    /** Adds the defining rows and returns the objective's terms. */
    List<Term> addAll() {
        List<Term> objective = new ArrayList<>();
        objective.add(new Term(coverage(), AssemblyModel.COVERAGE_WEIGHT));
        long target = (long) d.facilityTarget() * d.length();
        long widest = (long) Math.max(d.facilityTarget(), 1000 - d.facilityTarget()) * d.length();
        for (int f = 0; f < d.forms(); f++) {
            int dev = draft.variable("dev_" + (f + 1), 0, widest);
            List<Term> over = facilities(f);
            over.add(new Term(dev, -1));
            draft.row("dev_over_f" + (f + 1), AssemblyModel.OBJECTIVE, over, Sense.LE, target);
            List<Term> under = facilities(f);
            under.add(new Term(dev, 1));
            draft.row("dev_under_f" + (f + 1), AssemblyModel.OBJECTIVE, under, Sense.GE, target);
            objective.add(new Term(dev, -1));
        }
        symmetry();
        return objective;
    }

    /** T <= Σ_k c[k][f] for every form, with c[k][f] <= Σ of the form's items in criterion k. */
    private int coverage() {
        Set<Cell> criteria = new TreeSet<>();
        pool.forEach(c -> c.cells().stream().filter(cell -> cell.kind() == Cell.Kind.CRITERION).forEach(criteria::add));
        int worst = draft.variable("coverage", 0, criteria.size());
        Map<Cell, List<Integer>> coverage = new HashMap<>();
        for (int f = 0; f < d.forms(); f++) {
            List<Term> covered = new ArrayList<>();
            covered.add(new Term(worst, 1));
            for (Cell criterion : criteria) {
                int c = draft.variable("c_" + criterion.code() + "_" + (f + 1), 0, 1);
                coverage.computeIfAbsent(criterion, k -> new ArrayList<>()).add(c);
                List<Term> terms = new ArrayList<>();
                terms.add(new Term(c, 1));
                for (int i = 0; i < pool.size(); i++) {
                    if (pool.get(i).cells().contains(criterion)) {
                        terms.add(new Term(x[i][f], -1));
                    }
                }
                draft.row("cover_" + criterion.code() + "_f" + (f + 1), AssemblyModel.OBJECTIVE, terms, Sense.LE, 0);
                covered.add(new Term(c, -1));
            }
            draft.row("worst_f" + (f + 1), AssemblyModel.OBJECTIVE, covered, Sense.LE, 0);
        }
        capCoverage(criteria, coverage);
        return worst;
    }

    /**
     * Σ_f c[k][f] <= min(forms, items of k × uses), 0 for an excluded criterion: a criterion with few items cannot be on
     * every form.
     * Implied by the rows above for integral values, but not for their LP relaxation, whose bound on T it tightens from
     * "every criterion on every form" to what the bank can supply (valid inequalities, so never part of a core).
     */
    private void capCoverage(Set<Cell> criteria, Map<Cell, List<Integer>> coverage) {
        Map<Cell, Long> reach = Objective.reach(d, pool);
        for (Cell criterion : criteria) {
            long cap = reach.get(criterion);
            if (cap < d.forms()) {
                List<Term> terms = new ArrayList<>();
                coverage.get(criterion).forEach(c -> terms.add(new Term(c, 1)));
                draft.row("cap_" + criterion.code(), AssemblyModel.OBJECTIVE, terms, Sense.LE, cap);
            }
        }
    }

    /**
     * S_1 <= S_2 <= ... on the forms' facility sums. Valid only while forms are interchangeable: an item locked into
     * one form makes them distinguishable, and ordering them could then cut off every solution.
     */
    private void symmetry() {
        if (d.lockedIn().values().stream().anyMatch(items -> !items.isEmpty())) {
            return;
        }
        for (int f = 0; f + 1 < d.forms(); f++) {
            List<Term> terms = facilities(f);
            for (int i = 0; i < pool.size(); i++) {
                terms.add(new Term(x[i][f + 1], -pool.get(i).facility()));
            }
            draft.row("order_f" + (f + 1) + "_f" + (f + 2), AssemblyModel.SYMMETRY, terms, Sense.LE, 0);
        }
    }

    private List<Term> facilities(int f) {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            terms.add(new Term(x[i][f], pool.get(i).facility()));
        }
        return terms;
    }
}
