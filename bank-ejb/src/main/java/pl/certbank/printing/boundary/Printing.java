package pl.certbank.printing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pl.certbank.audit.control.AuditTrail;
import pl.certbank.audit.entity.Subject;
import pl.certbank.delivery.control.DeliveryTokens;
import pl.certbank.delivery.entity.DeliveryRefusal;
import pl.certbank.delivery.entity.ExamSession;
import pl.certbank.delivery.entity.PersonalVariant;
import pl.certbank.items.entity.ItemImage;
import pl.certbank.printing.control.AnswerSheetPdf;
import pl.certbank.printing.control.BookletPdf;
import pl.certbank.printing.control.KeyPdf;
import pl.certbank.printing.control.PaperCopy;
import pl.certbank.printing.control.PrintRuns;
import pl.certbank.printing.control.SheetCode;
import pl.certbank.printing.entity.PrintCopy;
import pl.certbank.printing.entity.PrintFile;
import pl.certbank.printing.entity.PrintJob;
import pl.certbank.printing.entity.PrintingRefusal;
import pl.certbank.assembly.entity.TestForm;
import pl.certbank.publishing.control.Snapshots;
import pl.certbank.publishing.entity.PublishingRefusal;
import pl.certbank.publishing.control.CandidatePayload;
import pl.certbank.publishing.control.Snapshot;
import pl.certbank.publishing.control.SnapshotHash;
import pl.certbank.publishing.control.Variant;
import pl.certbank.publishing.control.Variants;
import pl.certbank.publishing.entity.FormSnapshot;
import pl.certbank.refusals.Refusal;
import pl.certbank.security.entity.Roles;

/**
 * Paper documents of published forms: a named variant's booklet, answer sheet and key, and print jobs that make
 * individually shuffled copies of a paper session (one per candidate slot, each a personal variant of the session) or
 * of a form, in the background. Printers print booklets and sheets; keys are the commission's (publisher, admin).
 */
@Stateless
@RolesAllowed({Roles.PRINTER, Roles.PUBLISHER, Roles.ADMIN})
public class Printing {

    /**
     * The most copies one job makes: a job's two ZIPs are made in memory (about 0.5 MB a copy at its peak), so a
     * larger session is printed in several jobs.
     */
    public static final int MAX_COPIES = 500;
    /** Jobs queued or running at once, over all printers. */
    public static final int MAX_ACTIVE_JOBS = 5;
    /** The prefix of the candidate slots a session's copies are handed to. */
    public static final String SLOT = "slot-";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    Snapshots snapshots;

    @Inject
    PrintRuns runs;

    @Inject
    AuditTrail audit;

    /** Which document of a variant. */
    public enum Document {
        BOOKLET,
        ANSWER_SHEET,
        KEY
    }

    /** A named variant's booklet or answer sheet (printers and the commission). */
    public byte[] variantDocument(long formId, String variantName, Document document) {
        if (document == Document.KEY) {
            throw new IllegalArgumentException("keys are read through variantKey");
        }
        return render(formId, variantName, document);
    }

    /** A named variant's answer key: the commission's only. */
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    public byte[] variantKey(long formId, String variantName) {
        return render(formId, variantName, Document.KEY);
    }

    /**
     * A named variant's booklet or answer sheet for an exam centre's own paper session, until the session closes (the
     * centre prints it). No key, and nothing of a session sat on screen. Exam clients are no bank users: the caller
     * is the token the web module proved.
     */
    @PermitAll
    public byte[] sessionDocument(DeliveryTokens.Caller caller, long sessionId, String variantName,
            Document document) {
        if (document == Document.KEY) {
            throw new IllegalArgumentException("exam centres get no keys");
        }
        ExamSession session = em.find(ExamSession.class, sessionId);
        if (session == null || session.getClient().getId() != caller.id()) {
            throw Refusal.of(DeliveryRefusal.SESSION_NOT_FOUND, sessionId);
        }
        if (session.getMode() != ExamSession.Mode.PAPER) {
            throw Refusal.of(PrintingRefusal.SESSION_NOT_PAPER, sessionId);
        }
        if (!java.time.OffsetDateTime.now().isBefore(session.getClosesAt())) {
            throw Refusal.of(PrintingRefusal.SESSION_CLOSED, sessionId, session.getClosesAt());
        }
        return render(session.getSnapshot().getForm().getId(), variantName, document);
    }

    private byte[] render(long formId, String variantName, Document document) {
        FormSnapshot published = published(formId);
        Snapshot snapshot = snapshots.of(published);
        Variant variant = snapshot.variant(variantName).orElseThrow(() -> Refusal.of(PrintingRefusal.NO_VARIANT,
                published.getFormCode(), variantName));
        PaperCopy copy = new PaperCopy(snapshot, published.getContentHash(), published.getPublishedAt().toInstant(),
                variant, SheetCode.VARIANT + variant.name(), "wariant " + variant.name());
        return switch (document) {
            case BOOKLET -> BookletPdf.of(copy, images(snapshot)::get);
            case ANSWER_SHEET -> AnswerSheetPdf.of(copy);
            case KEY -> KeyPdf.of(copy);
        };
    }

    private Map<Long, byte[]> images(Snapshot snapshot) {
        Map<Long, byte[]> images = new HashMap<>();
        snapshot.items().stream().flatMap(i -> i.images().stream()).distinct().forEach(id -> {
            if (em.find(ItemImage.class, id) != null) {
                images.put(id, em.createQuery("SELECT i.content FROM ItemImage i WHERE i.id = :id", byte[].class)
                        .setParameter("id", id).getSingleResult());
            }
        });
        return images;
    }

    /**
     * A job of a paper session ({@code sessionId}; copies default to the candidates not printed for yet) or of a
     * published form ({@code formId}; with {@code variantName} every copy is that named variant, without it each copy
     * is shuffled on its own). The copies' seeds are stored now, before anything is printed; the files follow in the
     * background.
     */
    public PrintJob start(Long sessionId, Long formId, String variantName, Integer copies) {
        if ((sessionId == null) == (formId == null) || (sessionId != null && variantName != null)) {
            throw Refusal.of(PrintingRefusal.TARGET);
        }
        // one start at a time counts the active jobs (the lock of the oldest print job row, or none before the first)
        em.createQuery("SELECT j.id FROM PrintJob j ORDER BY j.id", Long.class).setMaxResults(1).getResultStream()
                .findFirst().ifPresent(first -> em.find(PrintJob.class, first, LockModeType.PESSIMISTIC_WRITE));
        long active = em.createQuery("SELECT COUNT(j) FROM PrintJob j WHERE j.status IN (:q, :r)", Long.class)
                .setParameter("q", PrintJob.Status.QUEUED).setParameter("r", PrintJob.Status.RUNNING)
                .getSingleResult();
        if (active >= MAX_ACTIVE_JOBS) {
            throw Refusal.of(PrintingRefusal.TOO_MANY_JOBS, active);
        }
        PrintJob job = sessionId != null ? sessionJob(sessionId, copies) : formJob(formId, variantName, copies);
        audit.record(actor(), "PRINT_JOB_REQUESTED", new Subject(Subject.Kind.PRINT_JOB, job.getId()), null, null,
                job.getCopies() + " copies of " + job.getSnapshot().getFormCode()
                        + (job.getSession() != null ? ", session " + job.getSession().getId() : "")
                        + (job.getVariantName() != null ? ", variant " + job.getVariantName() : ""));
        runs.startAfterCommit(job.getId());
        return job;
    }

    private PrintJob sessionJob(long sessionId, Integer copies) {
        ExamSession session = em.find(ExamSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw Refusal.of(PrintingRefusal.SESSION_NOT_FOUND, sessionId);
        }
        if (session.getMode() != ExamSession.Mode.PAPER) {
            throw Refusal.of(PrintingRefusal.SESSION_NOT_PAPER, sessionId);
        }
        long printed = em.createQuery("SELECT COUNT(c) FROM PrintCopy c WHERE c.job.session = :s", Long.class)
                .setParameter("s", session).getSingleResult();
        int expected = session.getExpectedCandidates();
        int left = (int) (expected - printed);
        if (left <= 0) {
            throw Refusal.of(PrintingRefusal.SESSION_PRINTED, sessionId, printed, expected);
        }
        int n = copies == null ? Math.min(left, MAX_COPIES) : copies;
        if (n > MAX_COPIES) {
            throw Refusal.of(PrintingRefusal.COPIES, MAX_COPIES, n);
        }
        if (n < 1 || n > left) {
            throw Refusal.of(PrintingRefusal.COPIES_OF_SESSION, sessionId, left, n);
        }
        FormSnapshot stored = session.getSnapshot();
        if (TestForm.WITHDRAWN.equals(stored.getForm().getStatus())) {
            throw Refusal.of(PrintingRefusal.WITHDRAWN, stored.getFormCode());
        }
        Snapshot snapshot = snapshots.of(stored);
        PrintJob job = new PrintJob(stored, session, null, n, actor());
        em.persist(job);
        for (int i = 1; i <= n; i++) {
            int number = (int) printed + i;
            String slot = SLOT + number;
            long seed = Variants.newSeed();
            PersonalVariant variant = new PersonalVariant(session, slot, seed);
            em.persist(variant);
            String name = PersonalVariant.PREFIX + variant.getId();
            String payload = CandidatePayload.of(snapshot, stored.getContentHash(), Variants.of(name, seed,
                    snapshot.arrangeable()));
            variant.seal(name, payload, SnapshotHash.of(payload));
            em.persist(new PrintCopy(job, i, slot, name, seed, variant));
        }
        em.flush();
        return job;
    }

    private PrintJob formJob(long formId, String variantName, Integer copies) {
        int n = copies == null ? 1 : copies;
        if (n < 1 || n > MAX_COPIES) {
            throw Refusal.of(PrintingRefusal.COPIES, MAX_COPIES, n);
        }
        FormSnapshot published = published(formId);
        Snapshot snapshot = snapshots.of(published);
        Variant named = variantName == null ? null : snapshot.variant(variantName).orElseThrow(() -> Refusal.of(
                PrintingRefusal.NO_VARIANT, published.getFormCode(), variantName));
        PrintJob job = new PrintJob(published, null, variantName, n, actor());
        em.persist(job);
        for (int i = 1; i <= n; i++) {
            // a shuffled copy is named after its job and number, a named variant's copy keeps the variant's name
            em.persist(new PrintCopy(job, i, "copy-" + i, named != null ? named.name() : "J" + job.getId() + "-" + i,
                    named != null ? named.seed() : Variants.newSeed(), null));
        }
        em.flush();
        return job;
    }

    /** A published form's sealed snapshot (its hash checked when read); refused for a form never published. */
    private FormSnapshot published(long formId) {
        TestForm form = em.find(TestForm.class, formId);
        if (form == null) {
            throw Refusal.of(PublishingRefusal.FORM_NOT_FOUND, formId);
        }
        FormSnapshot snapshot = em.createNamedQuery(FormSnapshot.BY_FORM, FormSnapshot.class)
                .setParameter("form", formId).getResultStream().findFirst().orElseThrow(() -> Refusal.of(
                        PublishingRefusal.NOT_PUBLISHED, form.getCode()));
        if (TestForm.WITHDRAWN.equals(form.getStatus())) {
            throw Refusal.of(PrintingRefusal.WITHDRAWN, form.getCode());
        }
        return snapshot;
    }

    /** A failed job made again from its stored copies and seeds: the same files, byte for byte. */
    public PrintJob retry(long id) {
        PrintJob job = em.find(PrintJob.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (job == null) {
            throw Refusal.of(PrintingRefusal.JOB_NOT_FOUND, id);
        }
        if (job.getStatus() != PrintJob.Status.FAILED) {
            throw Refusal.of(PrintingRefusal.NOT_FAILED, id, job.getStatus().name());
        }
        job.requeued();
        audit.record(actor(), "PRINT_JOB_RETRIED", new Subject(Subject.Kind.PRINT_JOB, id), null, null,
                job.getCopies() + " copies");
        runs.startAfterCommit(id);
        return job;
    }

    public PrintJob job(long id) {
        PrintJob job = em.find(PrintJob.class, id);
        if (job == null) {
            throw Refusal.of(PrintingRefusal.JOB_NOT_FOUND, id);
        }
        return job;
    }

    public List<PrintJob> jobs() {
        return em.createQuery("SELECT j FROM PrintJob j ORDER BY j.id DESC", PrintJob.class).setMaxResults(100)
                .getResultList();
    }

    /** The files of these jobs, without their bytes, by job (one query for a whole list). */
    public Map<Long, List<FileInfo>> files(java.util.Collection<Long> jobIds) {
        Map<Long, List<FileInfo>> byJob = new HashMap<>();
        if (jobIds.isEmpty()) {
            return byJob;
        }
        for (Object[] row : em.createQuery("SELECT f.job.id, f.id, f.kind, f.name, f.contentType, f.size, f.sha256 "
                + "FROM PrintFile f WHERE f.job.id IN :jobs ORDER BY f.kind", Object[].class)
                .setParameter("jobs", jobIds).getResultList()) {
            byJob.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>()).add(new FileInfo((Long) row[1],
                    (PrintFile.Kind) row[2], (String) row[3], (String) row[4], ((Number) row[5]).longValue(),
                    (String) row[6]));
        }
        return byJob;
    }

    /** The job's files, without their bytes. */
    public List<FileInfo> files(long jobId) {
        return em.createQuery("SELECT NEW pl.certbank.printing.boundary.Printing.FileInfo(f.id, f.kind, f.name, "
                + "f.contentType, f.size, f.sha256) FROM PrintFile f WHERE f.job.id = :job ORDER BY f.kind",
                FileInfo.class).setParameter("job", jobId).getResultList();
    }

    /** A file of a job, without its bytes. */
    public record FileInfo(Long id, PrintFile.Kind kind, String name, String contentType, long size, String sha256) {
    }

    /** A file's name, type and bytes. */
    public record Download(String name, String contentType, String sha256, byte[] bytes) {
    }

    /** The candidates' bundle: printers and the commission. */
    public Download candidates(long jobId) {
        return download(jobId, PrintFile.Kind.CANDIDATES);
    }

    /** The keys: the commission only. */
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    public Download keys(long jobId) {
        return download(jobId, PrintFile.Kind.KEYS);
    }

    private Download download(long jobId, PrintFile.Kind kind) {
        PrintJob job = job(jobId);
        if (job.getStatus() != PrintJob.Status.DONE) {
            throw Refusal.of(PrintingRefusal.FILE_NOT_READY, jobId, job.getStatus().name());
        }
        PrintFile file = em.createQuery("SELECT f FROM PrintFile f WHERE f.job.id = :job AND f.kind = :kind",
                PrintFile.class).setParameter("job", jobId).setParameter("kind", kind).getSingleResult();
        audit.record(actor(), kind == PrintFile.Kind.KEYS ? "PRINT_KEYS_DOWNLOADED" : "PRINT_FILE_DOWNLOADED",
                new Subject(Subject.Kind.PRINT_JOB, jobId), null, null, file.getName() + " " + file.getSha256());
        return new Download(file.getName(), file.getContentType(), file.getSha256(), file.getContent());
    }

    public List<PrintCopy> copies(long jobId) {
        return em.createNamedQuery(PrintCopy.OF_JOB, PrintCopy.class).setParameter("job", jobId).getResultList();
    }

    /** Paper sessions, newest first, for the printing page. */
    public List<ExamSession> paperSessions() {
        return em.createQuery("SELECT s FROM ExamSession s WHERE s.mode = :paper ORDER BY s.opensAt DESC, s.id DESC",
                ExamSession.class).setParameter("paper", ExamSession.Mode.PAPER).setMaxResults(100).getResultList();
    }

    static Instant instant(java.time.OffsetDateTime time) {
        return time.toInstant();
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }
}
