package pl.certbank.assembly.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import pl.certbank.assembly.entity.AssemblyRun;
import pl.certbank.assembly.entity.RunStatus;
import pl.certbank.assembly.entity.TestForm;
import pl.certbank.blueprints.entity.BlueprintRules;
import pl.certbank.blueprints.entity.BlueprintVersion;

/**
 * The steps of a background run, each in its own transaction so that a long solve holds no transaction and no lock:
 * read the pool and mark the run running, then store what the solver found with the independent check's verdict.
 * Called only by {@link Solves}, on the server's managed threads.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RunSteps {

    @PersistenceContext
    EntityManager em;

    @Inject
    ItemPool items;

    /** Banks with more candidates than this are pre-filtered before solving (docs/adr/0010). */
    static final int PREFILTER_ABOVE = Integer.getInteger("certbank.assembly.prefilter-above", 5_000);
    static final int PREFILTER_PER_CELL = Integer.getInteger("certbank.assembly.prefilter-per-cell", 20);
    /** Item and pair variables beyond which the model would take the solver gigabytes of native memory. */
    static final long MAX_VARIABLES = 1_000_000;

    /** What a solve needs: the demand and the candidate items. */
    public record Prepared(Demand demand, List<Candidate> pool, int timeLimitSeconds) {
    }

    /** The run's demand and pool, the run marked running; null when the cheap checks already found it infeasible. */
    public Prepared prepare(long runId) {
        AssemblyRun run = em.find(AssemblyRun.class, runId);
        if (run == null || run.getStatus() != RunStatus.QUEUED) {
            return null;
        }
        Prepared prepared = demandOf(run.getBlueprintVersion(), RunRecords.locks(run.getLocks()));
        List<Feasibility.Shortfall> shortfalls = Feasibility.diagnose(prepared.demand(), prepared.pool());
        if (!shortfalls.isEmpty()) {
            run.started(prepared.pool().size());
            run.finished(RunStatus.INFEASIBLE,
                    AssemblyRun.Result.without(0L, RunRecords.diagnosis(shortfalls, List.of()),
                            shortfalls.get(0).text()));
            return null;
        }
        List<Candidate> pool = prepared.pool();
        long pairs = (long) prepared.demand().forms() * (prepared.demand().forms() - 1) / 2;
        if (pool.size() > PREFILTER_ABOVE || pool.size() * (prepared.demand().forms() + pairs) > MAX_VARIABLES) {
            // A bank this large makes a model the solver cannot finish in minutes; the best candidates per
            // criterion and type keep the forms' quality (the benchmark measures the loss against the full bound).
            pool = Pool.prefilter(prepared.demand(), pool, PREFILTER_PER_CELL);
        }
        run.started(pool.size());
        return new Prepared(prepared.demand(), pool, run.getTimeLimitSeconds());
    }

    /** The demand of a blueprint version with these locks, over the bank's candidates now. */
    public Prepared demandOf(BlueprintVersion version, RunRecords.Locks locks) {
        BlueprintRules rules = version.rules();
        Demand demand = Demands.of(rules, locks.out(), locks.inByIndex());
        List<Candidate> pool = items.of(version.getBlueprint().getQualification(), recentlyUsed(rules));
        return new Prepared(demand, pool, 0);
    }

    private Set<Long> recentlyUsed(BlueprintRules rules) {
        if (rules.excludeRecentForms() == 0) {
            return Set.of();
        }
        List<TestForm> recent = em.createNamedQuery(TestForm.ALL_PUBLISHED, TestForm.class)
                .setMaxResults(rules.excludeRecentForms()).getResultList();
        Set<Long> used = new HashSet<>();
        recent.forEach(f -> f.getSlots().forEach(s -> used.add(s.getVersion().getItem().getId())));
        return used;
    }

    /** Stores what the solver found, re-checked by {@link FormsCheck}; a run with violations keeps them. */
    public void finish(long runId, Prepared prepared, Solution solution, List<long[]> points) {
        AssemblyRun run = em.find(AssemblyRun.class, runId);
        Map<Long, Candidate> byItem = prepared.pool().stream()
                .collect(Collectors.toMap(Candidate::itemId, Function.identity()));
        String forms = null;
        String violations = "[]";
        String message = null;
        if (solution.hasForms()) {
            forms = RunRecords.forms(solution.forms(), byItem);
            List<FormsCheck.Violation> found = FormsCheck.violations(prepared.demand(), prepared.pool(),
                    solution.forms());
            violations = RunRecords.violations(found);
            if (!found.isEmpty()) {
                message = found.size() + " violation(s) of the blueprint: " + found.get(0).text();
            }
        }
        RunStatus status = switch (solution.status()) {
            case OPTIMAL -> RunStatus.OPTIMAL;
            case FEASIBLE -> RunStatus.FEASIBLE;
            case INFEASIBLE -> RunStatus.INFEASIBLE;
            case UNKNOWN -> RunStatus.NO_SOLUTION;
            case CANCELLED -> RunStatus.CANCELLED;
        };
        List<String> conflicts = solution.conflicts().isEmpty()
                ? List.of("the rules involved could not be narrowed down within the time; check the bounds of the "
                        + "cells, the facility band and the locks")
                : solution.conflicts();
        String diagnosis = solution.status() == Solution.Status.INFEASIBLE
                ? RunRecords.diagnosis(List.of(), conflicts)
                : "[]";
        if (status == RunStatus.INFEASIBLE && message == null) {
            message = "The solver proved that no set of forms meets the blueprint: " + String.join("; ", conflicts);
        }
        boolean found = solution.hasForms();
        run.finished(status, new AssemblyRun.Result(found ? solution.objective() : null,
                found ? solution.bound() : null, found ? solution.gap() : null, solution.millisToFirst(),
                solution.millisTotal(), RunRecords.progress(points), forms, violations, diagnosis, message));
    }

    public void failed(long runId, String message) {
        AssemblyRun run = em.find(AssemblyRun.class, runId);
        if (run != null && !run.getStatus().isFinal()) {
            run.finished(RunStatus.FAILED, AssemblyRun.Result.without(null, "[]", message));
        }
    }

    /**
     * Runs a stopped server left queued or running can never finish: they are marked failed at start, so that the
     * blueprint can be assembled again. (One node for now; a cluster must only fail its own node's runs.)
     */
    public int failInterrupted() {
        List<AssemblyRun> stuck = em.createQuery("SELECT r FROM AssemblyRun r WHERE r.status IN (:q, :r)",
                AssemblyRun.class).setParameter("q", RunStatus.QUEUED).setParameter("r", RunStatus.RUNNING)
                .getResultList();
        stuck.forEach(run -> run.finished(RunStatus.FAILED,
                AssemblyRun.Result.without(null, "[]", "Interrupted by a server restart; assemble again")));
        return stuck.size();
    }

    /** A run that had not started when it was cancelled. */
    public void cancelQueued(long runId) {
        AssemblyRun run = em.find(AssemblyRun.class, runId);
        if (run != null && run.getStatus() == RunStatus.QUEUED) {
            run.finished(RunStatus.CANCELLED, AssemblyRun.Result.without(0L, "[]", "Cancelled before it started"));
        }
    }
}
