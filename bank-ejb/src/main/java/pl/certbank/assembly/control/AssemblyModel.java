package pl.certbank.assembly.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Van der Linden's 0-1 model of assembling all forms of a demand at once, kept as explicit named linear rows so that
 * the same model can go to CP-SAT ({@link CpSatAssembly}), to an LP file for an independent solver ({@link #lp()}), and
 * back to the blueprint rule a row came from (its {@code group}) when the model is infeasible.
 * <p>
 * Variables: {@code x[i][f]} = 1 when pool item {@code i} is on form {@code f}; {@code z[i][f][g]} = 1 when it is on
 * both forms {@code f} and {@code g} (only when overlap can bind); coverage {@code c[k][f]} = 1 when form {@code f}
 * holds criterion {@code k}; {@code T}, the number of criteria the worst-covered form holds; {@code dev[f]}, how far
 * the facility sum of form {@code f} lies from {@code target × length} (thousandths).
 * <p>
 * <b>Objective</b> (a product decision): maximise {@code 1000·T − Σ_f dev[f]}. The first term makes the worst-covered
 * form cover as many criteria as possible (maximin, so no form is sacrificed for another and the value is never
 * trivially zero); the second makes every form's difficulty as close to the target as possible (parallel forms). It is
 * a weighted sum, not a strict lexicographic order: one more criterion on the worst form is worth a total facility-sum
 * deviation of 1000 thousandths, i.e. one item's worth of facility across all forms. {@link Objective#of} computes the
 * same value from finished forms.
 */
public final class AssemblyModel {

    /** What one more criterion on the worst-covered form is worth, in thousandths of facility-sum deviation. */
    public static final long COVERAGE_WEIGHT = 1000;

    /** Rows that define the objective state no blueprint rule and never belong to an infeasibility core. */
    static final String OBJECTIVE = "objective";

    /** Rows that order interchangeable forms are valid for every feasible model and never belong to a core either. */
    static final String SYMMETRY = "symmetry of forms";

    public enum Sense {
        LE,
        GE,
        EQ
    }

    /** An integer variable; a binary one has bounds 0..1. */
    public record Variable(String name, long lower, long upper) {
    }

    public record Term(int variable, long coefficient) {
    }

    /** One linear row {@code Σ terms  sense  rhs}; {@code group} names the blueprint rule it comes from. */
    public record Row(String name, String group, List<Term> terms, Sense sense, long rhs) {

        public Row {
            terms = List.copyOf(terms);
        }

        /** Whether the row states a blueprint rule (rather than defining the objective or breaking symmetry). */
        public boolean rule() {
            return !group.equals(OBJECTIVE) && !group.equals(SYMMETRY);
        }
    }

    private final Demand demand;
    private final List<Candidate> pool;
    private final List<Variable> variables;
    private final List<Row> rows;
    private final List<Term> objective;
    private final int[][] x;

    private AssemblyModel(Demand demand, List<Candidate> pool, Draft draft, List<Term> objective, int[][] x) {
        this.demand = demand;
        this.pool = List.copyOf(pool);
        this.variables = List.copyOf(draft.variables);
        this.rows = List.copyOf(draft.rows);
        this.objective = List.copyOf(objective);
        this.x = x;
    }

    public static AssemblyModel build(Demand d, List<Candidate> pool) {
        Draft draft = new Draft();
        int[][] x = new int[pool.size()][d.forms()];
        for (int i = 0; i < pool.size(); i++) {
            for (int f = 0; f < d.forms(); f++) {
                x[i][f] = draft.variable("x_" + pool.get(i).itemId() + "_" + (f + 1), 0, 1);
            }
        }
        new BlueprintRows(d, pool, x, draft).addAll();
        List<Term> objective = new ObjectiveRows(d, pool, x, draft).addAll();
        return new AssemblyModel(d, pool, draft, objective, x);
    }

    public Demand demand() {
        return demand;
    }

    public List<Candidate> pool() {
        return pool;
    }

    public List<Variable> variables() {
        return variables;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The terms of the maximised objective. */
    public List<Term> objective() {
        return objective;
    }

    /** The index of the variable "pool item {@code item} is on form {@code form}" (both 0-based). */
    public int x(int item, int form) {
        return x[item][form];
    }

    /** The groups of the rule rows, in the order the model states them. */
    public List<String> groups() {
        LinkedHashSet<String> groups = new LinkedHashSet<>();
        rows.stream().filter(Row::rule).forEach(r -> groups.add(r.group()));
        return List.copyOf(groups);
    }

    /** The item ids on every form (pool order) for values of all variables, as a solver returns them. */
    public List<List<Long>> forms(long[] values) {
        List<List<Long>> forms = new ArrayList<>();
        for (int f = 0; f < demand.forms(); f++) {
            List<Long> items = new ArrayList<>();
            for (int i = 0; i < pool.size(); i++) {
                if (values[x[i][f]] > 0) {
                    items.add(pool.get(i).itemId());
                }
            }
            forms.add(List.copyOf(items));
        }
        return List.copyOf(forms);
    }

    /** The model in CPLEX LP format, for an independent solver such as Debian's {@code cbc}. */
    public String lp() {
        return new LpText(this).text();
    }

    /** The variables and rows while they are being stated. */
    static final class Draft {

        final List<Variable> variables = new ArrayList<>();
        final List<Row> rows = new ArrayList<>();

        int variable(String name, long lower, long upper) {
            variables.add(new Variable(name, lower, upper));
            return variables.size() - 1;
        }

        void row(String name, String group, List<Term> terms, Sense sense, long rhs) {
            rows.add(new Row(name, group, terms, sense, rhs));
        }
    }
}
