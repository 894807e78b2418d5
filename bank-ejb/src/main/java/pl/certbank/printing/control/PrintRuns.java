package pl.certbank.printing.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs print jobs in the background on the server's managed threads, after the transaction that made the job (and
 * stored its copies' seeds) commits. One job at a time per node by default ({@code certbank.printing.concurrent-jobs}),
 * so that printing never starves exam centres; progress is written every few copies, where the job's page reads it.
 */
@ApplicationScoped
public class PrintRuns {

    private static final Logger LOG = Logger.getLogger(PrintRuns.class.getName());
    /** Progress is stored after this many copies (and at the end). */
    static final int PROGRESS_EVERY = 10;

    @Resource
    ManagedExecutorService executor;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    PrintSteps steps;

    private final Semaphore slots = new Semaphore(Math.max(1, Integer.getInteger(
            "certbank.printing.concurrent-jobs", 1)), true);

    public void startAfterCommit(long jobId) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    try {
                        executor.execute(() -> run(jobId));
                    } catch (java.util.concurrent.RejectedExecutionException e) {
                        // stays queued; the next start marks it failed, and a printer retries it
                        LOG.log(Level.WARNING, "print job " + jobId + " could not be started", e);
                    }
                }
            }
        });
    }

    private void run(long jobId) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            steps.failed(jobId, "Interrupted while waiting for another job");
            return;
        }
        try {
            PrintSteps.Work work = steps.start(jobId);
            if (work == null) {
                return;
            }
            int total = work.sheets().size();
            PrintBundle.Files files = PrintBundle.of(work.sheets(), work.published(), work.images()::get, done -> {
                if (done % PROGRESS_EVERY == 0 && done < total) {
                    steps.progress(jobId, done);
                }
            });
            steps.finish(jobId, files);
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.log(Level.WARNING, "print job " + jobId + " failed", e);
            steps.failed(jobId, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            slots.release();
        }
    }
}
