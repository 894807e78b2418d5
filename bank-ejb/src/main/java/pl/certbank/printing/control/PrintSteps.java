package pl.certbank.printing.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pl.certbank.items.entity.ItemImage;
import pl.certbank.printing.entity.PrintCopy;
import pl.certbank.printing.entity.PrintFile;
import pl.certbank.printing.entity.PrintJob;
import pl.certbank.publishing.control.Snapshot;
import pl.certbank.publishing.control.Snapshots;
import pl.certbank.publishing.control.Variants;

/**
 * The steps of a background print job, each in a transaction of its own so that making the files holds no
 * transaction: read the job's copies and mark it running, record progress, store the files and each copy's hashes.
 * Called only by {@link PrintRuns}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PrintSteps {

    @PersistenceContext
    EntityManager em;

    @Inject
    Snapshots snapshots;

    /** What the job prints: its copies arranged, and the stems' images. */
    public record Work(List<PrintBundle.Sheet> sheets, Instant published, Map<Long, byte[]> images) {
    }

    /** The job's copies, the job marked running; null when it is not queued any more. */
    public Work start(long jobId) {
        PrintJob job = em.find(PrintJob.class, jobId);
        if (job == null || job.getStatus() != PrintJob.Status.QUEUED) {
            return null;
        }
        job.started();
        Snapshot snapshot = snapshots.of(job.getSnapshot());
        String hash = job.getSnapshot().getContentHash();
        Instant published = job.getSnapshot().getPublishedAt().toInstant();
        List<PrintBundle.Sheet> sheets = new ArrayList<>();
        for (PrintCopy copy : em.createNamedQuery(PrintCopy.OF_JOB, PrintCopy.class).setParameter("job", jobId)
                .getResultList()) {
            sheets.add(new PrintBundle.Sheet(copy.getNumber(), copy.getSlot(), copy.getId(), paperCopy(snapshot,
                    hash, published, copy)));
        }
        Map<Long, byte[]> images = new HashMap<>();
        snapshot.items().stream().flatMap(i -> i.images().stream()).distinct().forEach(id -> {
            if (em.find(ItemImage.class, id) != null) {
                images.put(id, em.createQuery("SELECT i.content FROM ItemImage i WHERE i.id = :id", byte[].class)
                        .setParameter("id", id).getSingleResult());
            }
        });
        return new Work(sheets, published, images);
    }

    /** A copy as paper prints it: arranged by its stored seed, its QR codes naming the copy. */
    public static PaperCopy paperCopy(Snapshot snapshot, String hash, Instant published, PrintCopy copy) {
        return new PaperCopy(snapshot, hash, published, Variants.of(copy.getVariantName(), copy.getSeed(),
                snapshot.arrangeable()), SheetCode.COPY + copy.getId(),
                "egzemplarz " + copy.getNumber() + " ("
                        + copy.getSlot() + ")");
    }

    public void progress(long jobId, int done) {
        PrintJob job = em.find(PrintJob.class, jobId);
        if (job != null && job.getStatus() == PrintJob.Status.RUNNING) {
            job.progressed(done);
        }
    }

    public void finish(long jobId, PrintBundle.Files files) {
        PrintJob job = em.find(PrintJob.class, jobId);
        List<PrintCopy> copies = em.createNamedQuery(PrintCopy.OF_JOB, PrintCopy.class).setParameter("job", jobId)
                .getResultList();
        for (int i = 0; i < copies.size(); i++) {
            PrintBundle.Printed p = files.copies().get(i);
            copies.get(i).printed(p.sheetPages(), p.booklet(), p.sheet(), p.key());
        }
        String base = job.getSnapshot().getFormCode() + "-job-" + jobId;
        em.persist(new PrintFile(job, PrintFile.Kind.CANDIDATES, base + "-candidates.zip", "application/zip",
                files.candidates(), files.candidatesSha256()));
        em.persist(new PrintFile(job, PrintFile.Kind.KEYS, base + "-keys.zip", "application/zip", files.keys(),
                files.keysSha256()));
        job.finished();
    }

    /** Jobs a restart interrupted (queued or running), marked failed so that a printer can retry them. */
    public int failInterrupted() {
        List<PrintJob> stuck = em.createQuery("SELECT j FROM PrintJob j WHERE j.status IN (:q, :r)", PrintJob.class)
                .setParameter("q", PrintJob.Status.QUEUED).setParameter("r", PrintJob.Status.RUNNING)
                .getResultList();
        stuck.forEach(job -> job.failed("Interrupted by a server restart; retry the job"));
        return stuck.size();
    }

    public void failed(long jobId, String why) {
        PrintJob job = em.find(PrintJob.class, jobId);
        if (job != null && !job.getStatus().isFinal()) {
            job.failed(why);
        }
    }
}
