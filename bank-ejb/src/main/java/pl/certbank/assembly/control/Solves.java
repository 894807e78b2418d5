package pl.certbank.assembly.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs assemblies in the background on the server's managed threads, after the transaction that queued them commits.
 * Keeps each running solve's live progress (incumbent and bound over time) in memory, where the run's page reads it,
 * and the solver, so that a cancel reaches it. Both are per server node; the final result is stored with the run.
 */
@ApplicationScoped
public class Solves {

    private static final Logger LOG = Logger.getLogger(Solves.class.getName());
    /** Progress points kept per run: the first ones and then the latest (a long run improves thousands of times). */
    static final int MAX_POINTS = 500;

    @Resource
    ManagedExecutorService executor;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    RunSteps steps;

    private final Map<Long, Live> live = new ConcurrentHashMap<>();

    /**
     * Solves at a time on this node (each uses every core): more runs wait, queued, so that assembling never starves
     * the exam centres' requests. {@code certbank.assembly.concurrent-runs}, default 1.
     */
    private final java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(
            Math.max(1, Integer.getInteger("certbank.assembly.concurrent-runs", 1)), true);

    /** A solve under way: its solver and the points so far. */
    static final class Live {
        final CpSatAssembly solver = new CpSatAssembly();
        final List<long[]> points = new ArrayList<>();
        volatile boolean cancelled;

        synchronized void add(long ms, long incumbent, long bound) {
            if (points.size() >= MAX_POINTS) {
                points.remove(MAX_POINTS / 2);
            }
            points.add(new long[] {ms, incumbent, bound});
        }

        synchronized List<long[]> points() {
            return List.copyOf(points);
        }
    }

    /** Starts run {@code runId} once the caller's transaction has committed (never for a rolled-back one). */
    public void startAfterCommit(long runId) {
        live.put(runId, new Live());
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.execute(() -> run(runId));
                } else {
                    live.remove(runId);
                }
            }
        });
    }

    /** The live progress of a run this node is solving, or null. */
    public List<long[]> progress(long runId) {
        Live solve = live.get(runId);
        return solve == null ? null : solve.points();
    }

    public boolean isSolving(long runId) {
        return live.containsKey(runId);
    }

    /** Asks a running or queued solve to stop; the run records CANCELLED with the best forms so far, if any. */
    public boolean cancel(long runId) {
        Live solve = live.get(runId);
        if (solve == null) {
            return false;
        }
        solve.cancelled = true;
        solve.solver.stop();
        // CP-SAT drops a stop that arrives while it is still setting up its search: repeat it until the run ends.
        executor.execute(() -> {
            for (int i = 0; i < 120 && live.get(runId) == solve; i++) {
                solve.solver.stop();
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        return true;
    }

    private void run(long runId) {
        Live solve = live.get(runId);
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            live.remove(runId);
            steps.failed(runId, "Interrupted while waiting for a free solver");
            return;
        }
        try {
            if (solve == null || solve.cancelled) {
                steps.cancelQueued(runId);
                return;
            }
            RunSteps.Prepared prepared = steps.prepare(runId);
            if (prepared == null) {
                return;
            }
            AssemblyModel model = AssemblyModel.build(prepared.demand(), prepared.pool());
            int workers = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
            Solution solution = solve.cancelled
                    ? new Solution(Solution.Status.CANCELLED, List.of(), 0, 0, 0, null, 0, List.of())
                    : solve.solver.solve(model, Duration.ofSeconds(prepared.timeLimitSeconds()), workers, solve::add);
            steps.finish(runId, prepared, solution, solve.points());
        } catch (RuntimeException | LinkageError e) {
            if (solve != null && solve.cancelled) {
                // cancelled while it was being started: the cancel's own write won, nothing failed
                LOG.log(Level.FINE, "Assembly run " + runId + " was cancelled as it started", e);
                return;
            }
            LOG.log(Level.SEVERE, "Assembly run " + runId + " failed", e);
            steps.failed(runId, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            live.remove(runId);
            slots.release();
        }
    }
}
