package pl.certbank.assembly.control;

import com.google.ortools.Loader;
import com.google.ortools.sat.Constraint;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import pl.certbank.assembly.control.AssemblyModel.Row;
import pl.certbank.assembly.control.AssemblyModel.Term;
import pl.certbank.assembly.control.Solution.Status;

/**
 * Solves an {@link AssemblyModel} with OR-Tools CP-SAT. One instance runs one solve at a time; {@link #stop()} may be
 * called from another thread to end it, keeping the best forms found so far. An instance serves one solve: once
 * stopped it stays stopped, so a stop that comes before the search has begun still counts.
 */
public final class CpSatAssembly {

    /** A fixed seed, so that the same demand and pool give the same forms on the same machine and worker count. */
    static final int SEED = 20_240_601;

    private static final Duration CORE_AT_LEAST = Duration.ofSeconds(5);

    private volatile CpSolver running;
    private volatile boolean stopped;

    /** OR-Tools loads its natives once per JVM; a second load of the same library fails. */
    private static final class Natives {

        static {
            Loader.loadNativeLibraries();
        }

        static void load() {
            // the static initialiser did the work, once
        }
    }

    /**
     * Blocks until the model is solved, proven infeasible, out of time or stopped. {@link GreedyForms}' forms go to the
     * solver as a hint and, when {@link FormsCheck} finds them valid, are the first incumbent: the result holds them
     * unless the solver finds better ones.
     */
    public Solution solve(AssemblyModel m, Duration timeLimit, int workers, Progress progress) {
        Natives.load();
        long start = System.nanoTime();
        Progress report = progress == null ? Progress.NONE : progress;
        List<List<Long>> greedy = greedy(m);
        boolean greedyValid = FormsCheck.violations(m.demand(), m.pool(), greedy).isEmpty();
        long greedyValue = greedyValid ? Objective.of(m.demand(), m.pool(), greedy) : Long.MIN_VALUE;
        Long greedyAt = greedyValid ? millis(start) : null;
        long ceiling = Objective.ceiling(m.demand(), m.pool());
        if (greedyValid) {
            report.update(greedyAt, greedyValue, ceiling);
        }
        CpModel model = new CpModel();
        IntVar[] vars = variables(m, model);
        m.rows().forEach(row -> add(model, row, vars));
        model.maximize(expression(m.objective(), vars));
        hint(m, model, vars, greedy);
        // the construction's time counts against the budget (CP-SAT gets at least a tenth of it)
        Duration rest = timeLimit.minusMillis(millis(start));
        CpSolver solver = solver(rest.compareTo(timeLimit.dividedBy(10)) < 0 ? timeLimit.dividedBy(10) : rest,
                workers);
        Incumbents incumbents = new Incumbents(start, report, () -> stopped, m, vars, greedyValue, ceiling);
        running = solver;
        CpSolverStatus status = stopped ? CpSolverStatus.UNKNOWN : solver.solve(model, incumbents);
        running = null;
        boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        if (status == CpSolverStatus.MODEL_INVALID) {
            throw new IllegalStateException("CP-SAT refused the assembly model: " + model.validate());
        }
        List<List<Long>> forms = List.of();
        long objective = 0;
        long bound = 0;
        if (found) {
            long[] values = new long[vars.length];
            for (int v = 0; v < vars.length; v++) {
                values[v] = solver.value(vars[v]);
            }
            forms = m.forms(values);
            // The coverage and deviation helpers are bounded one way only, so before optimality CP-SAT's own
            // objective can undervalue its forms: the value reported is that of the forms themselves.
            objective = Math.max(Math.round(solver.objectiveValue()), Objective.of(m.demand(), m.pool(), forms));
            // The objective is integral, so a fractional upper bound can be rounded down.
            bound = status == CpSolverStatus.OPTIMAL ? objective
                    : (long) Math.floor(solver.bestObjectiveBound() + 1e-6);
        }
        Status outcome = status(status);
        if (greedyValid && (!found || greedyValue > objective)) {
            // The solver found nothing better in time (or was stopped first): the constructed forms stand, with the
            // solver's bound where it proved one and the objective's ceiling where it did not.
            bound = found ? Math.max(bound, greedyValue) : ceiling;
            forms = greedy;
            objective = greedyValue;
            outcome = stopped ? Status.CANCELLED : bound == objective ? Status.OPTIMAL : Status.FEASIBLE;
            found = true;
        }
        if (found) {
            // counting alone may bound tighter than the solver has proved so far
            bound = Math.max(objective, Math.min(bound, ceiling));
            outcome = outcome == Status.FEASIBLE && bound == objective ? Status.OPTIMAL : outcome;
        }
        // The core gets what is left of the time budget (at least 5 s), and a stop reaches its solvers too.
        Duration left = timeLimit.minusMillis(millis(start));
        List<String> conflicts = status == CpSolverStatus.INFEASIBLE && !found && !stopped
                ? new InfeasibilityCore(m, left.compareTo(CORE_AT_LEAST) < 0 ? CORE_AT_LEAST : left,
                        () -> stopped, core -> running = core).groups()
                : List.of();
        running = null;
        Long first = greedyAt != null ? greedyAt : incumbents.first;
        return new Solution(outcome, forms, objective, bound, found ? Solution.gap(objective, bound) : 0, first,
                millis(start), conflicts);
    }

    /**
     * {@link GreedyForms}' forms as item ids; while forms are interchangeable (no locks), in ascending order of
     * facility sum, as the model's symmetry rows ask.
     */
    private static List<List<Long>> greedy(AssemblyModel m) {
        List<List<Long>> forms = new java.util.ArrayList<>(new GreedyForms(m.demand(), m.pool()).build());
        if (m.demand().lockedIn().values().stream().allMatch(java.util.Set::isEmpty)) {
            java.util.Map<Long, Integer> facility = new java.util.HashMap<>();
            m.pool().forEach(c -> facility.put(c.itemId(), c.facility()));
            forms.sort(java.util.Comparator.comparingLong(f -> f.stream().mapToLong(facility::get).sum()));
        }
        return forms;
    }

    /** Gives CP-SAT the constructed forms as a warm start: a value for every x, which it repairs where they fail. */
    private static void hint(AssemblyModel m, CpModel model, IntVar[] vars, List<List<Long>> forms) {
        for (int f = 0; f < m.demand().forms(); f++) {
            java.util.Set<Long> on = java.util.Set.copyOf(forms.get(f));
            for (int i = 0; i < m.pool().size(); i++) {
                model.addHint(vars[m.x(i, f)], on.contains(m.pool().get(i).itemId()) ? 1 : 0);
            }
        }
    }

    /** Ends a running solve soon; its result says CANCELLED and holds the best forms found so far. */
    public void stop() {
        stopped = true;
        CpSolver solver = running;
        if (solver != null) {
            solver.stopSearch();
        }
    }

    private Status status(CpSolverStatus status) {
        if (stopped && status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.INFEASIBLE) {
            return Status.CANCELLED;
        }
        return switch (status) {
            case OPTIMAL -> Status.OPTIMAL;
            case FEASIBLE -> Status.FEASIBLE;
            case INFEASIBLE -> Status.INFEASIBLE;
            default -> Status.UNKNOWN;
        };
    }

    static CpSolver solver(Duration timeLimit, int workers) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimit.toMillis() / 1000.0).setNumWorkers(Math.max(1, workers))
                .setRandomSeed(SEED).setLogSearchProgress(false);
        String extra = System.getProperty("certbank.assembly.cpsat-parameters", "");
        if (!extra.isBlank()) {
            // An operator's (or a benchmark's) CP-SAT parameters in protobuf text format, e.g. "num_workers: 8".
            try {
                com.google.protobuf.TextFormat.merge(extra, solver.getParameters());
            } catch (com.google.protobuf.TextFormat.ParseException e) {
                throw new IllegalArgumentException("certbank.assembly.cpsat-parameters: " + e.getMessage(), e);
            }
        }
        return solver;
    }

    static IntVar[] variables(AssemblyModel m, CpModel model) {
        Natives.load();
        IntVar[] vars = new IntVar[m.variables().size()];
        for (int v = 0; v < vars.length; v++) {
            AssemblyModel.Variable variable = m.variables().get(v);
            vars[v] = variable.lower() == 0 && variable.upper() == 1 ? model.newBoolVar(variable.name())
                    : model.newIntVar(variable.lower(), variable.upper(), variable.name());
        }
        return vars;
    }

    static Constraint add(CpModel model, Row row, IntVar[] vars) {
        LinearExpr expr = expression(row.terms(), vars);
        return switch (row.sense()) {
            case LE -> model.addLessOrEqual(expr, row.rhs());
            case GE -> model.addGreaterOrEqual(expr, row.rhs());
            case EQ -> model.addEquality(expr, row.rhs());
        };
    }

    static LinearExpr expression(List<Term> terms, IntVar[] vars) {
        LinearExprBuilder expr = LinearExpr.newBuilder();
        terms.forEach(t -> expr.addTerm(vars[t.variable()], t.coefficient()));
        return expr.build();
    }

    private static long millis(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Reports every improving solution and remembers when the first one came. */
    private static final class Incumbents extends CpSolverSolutionCallback {

        private final long start;
        private final Progress progress;
        private final java.util.function.BooleanSupplier stopped;
        private final AssemblyModel model;
        private final IntVar[] vars;
        private long best;
        private final long ceiling;
        volatile Long first;

        Incumbents(long start, Progress progress, java.util.function.BooleanSupplier stopped, AssemblyModel model,
                IntVar[] vars, long best, long ceiling) {
            this.start = start;
            this.best = best;
            this.ceiling = ceiling;
            this.progress = progress;
            this.stopped = stopped;
            this.model = model;
            this.vars = vars;
        }

        /** The value of the forms this solution holds (see solve), never below the best reported before. */
        private long incumbent() {
            long[] values = new long[vars.length];
            for (int i = 0; i < model.pool().size(); i++) {
                for (int f = 0; f < model.demand().forms(); f++) {
                    int x = model.x(i, f);
                    values[x] = value(vars[x]);
                }
            }
            long value = Math.max(Math.round(objectiveValue()),
                    Objective.of(model.demand(), model.pool(), model.forms(values)));
            best = Math.max(best, value);
            return best;
        }

        @Override
        public void onSolutionCallback() {
            long elapsed = millis(start);
            if (first == null) {
                first = elapsed;
            }
            progress.update(elapsed, incumbent(), Math.min(ceiling, (long) Math.floor(bestObjectiveBound() + 1e-6)));
            if (stopped.getAsBoolean()) {
                // a stop that reached the solver before its search began is repeated here
                stopSearch();
            }
        }
    }
}
