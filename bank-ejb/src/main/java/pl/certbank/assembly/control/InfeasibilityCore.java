package pl.certbank.assembly.control;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.Literal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pl.certbank.assembly.control.AssemblyModel.Row;

/**
 * The blueprint rules that together make a model infeasible. Every rule group gets one enforcement literal, assumed
 * true; CP-SAT then names a subset of assumptions sufficient for infeasibility, which a deletion pass shrinks further
 * (drop a rule, and if the rest is still infeasible it was not needed). Kept out of the main solve, where the extra
 * literals would only slow the search. CP-SAT fills in the assumption core only with one worker.
 */
final class InfeasibilityCore {

    /** Each deletion probe gets at most this long; a probe that times out keeps its rule in the core. */
    private static final Duration PROBE = Duration.ofSeconds(2);

    private final Duration limit;
    private final java.util.function.BooleanSupplier stopped;
    private final java.util.function.Consumer<CpSolver> running;
    private final long deadline;
    private final CpModel model = new CpModel();
    private final Map<String, BoolVar> literals = new LinkedHashMap<>();
    private final Map<Integer, String> groupOf = new HashMap<>();

    InfeasibilityCore(AssemblyModel m, Duration limit) {
        this(m, limit, () -> false, solver -> {
        });
    }

    /**
     * A core search that ends within {@code limit} in all (first solve and probes together), gives up as soon as
     * {@code stopped} says so, and hands each solver it starts to {@code running}, so that a stop can reach it.
     */
    InfeasibilityCore(AssemblyModel m, Duration limit, java.util.function.BooleanSupplier stopped,
            java.util.function.Consumer<CpSolver> running) {
        this.limit = limit;
        this.stopped = stopped;
        this.running = running;
        this.deadline = System.nanoTime() + limit.toNanos();
        IntVar[] vars = CpSatAssembly.variables(m, model);
        for (Row row : m.rows()) {
            if (row.rule()) {
                BoolVar literal = literals.computeIfAbsent(row.group(), group -> {
                    BoolVar b = model.newBoolVar("rule " + group);
                    groupOf.put(b.getIndex(), group);
                    return b;
                });
                CpSatAssembly.add(model, row, vars).onlyEnforceIf(literal);
            } else {
                CpSatAssembly.add(model, row, vars);
            }
        }
    }

    /** The rule groups of a core, in model order; empty when none was found within the time limit. */
    List<String> groups() {
        List<String> core = core(new ArrayList<>(literals.keySet()), limit);
        if (core == null) {
            return List.of();
        }
        for (String group : List.copyOf(core)) {
            if (!core.contains(group)) {
                continue;
            }
            List<String> without = new ArrayList<>(core);
            without.remove(group);
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (stopped.getAsBoolean() || left.isNegative() || left.isZero()) {
                break; // the core found so far is sufficient, only perhaps not the smallest
            }
            List<String> smaller = core(without, PROBE.compareTo(left) < 0 ? PROBE : left);
            if (smaller != null) {
                core = smaller;
            }
        }
        return literals.keySet().stream().filter(core::contains).toList();
    }

    /** A sufficient subset of the assumed groups when they are infeasible together, else null. */
    private List<String> core(List<String> assumed, Duration timeLimit) {
        model.clearAssumptions();
        model.addAssumptions(assumed.stream().map(literals::get).toArray(Literal[]::new));
        CpSolver solver = CpSatAssembly.solver(timeLimit, 1);
        running.accept(solver);
        if (stopped.getAsBoolean() || solver.solve(model) != CpSolverStatus.INFEASIBLE) {
            return null;
        }
        List<String> core = new ArrayList<>();
        for (int index : solver.sufficientAssumptionsForInfeasibility()) {
            String group = groupOf.get(index);
            if (group != null && !core.contains(group)) {
                core.add(group);
            }
        }
        // An empty answer (presolve proved infeasibility without the assumptions' help) keeps what was assumed.
        return core.isEmpty() ? new ArrayList<>(assumed) : core;
    }
}
