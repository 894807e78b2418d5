package pl.certbank.printing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import pl.certbank.delivery.entity.ExamSession;
import pl.certbank.publishing.entity.FormSnapshot;

/**
 * A batch of individually shuffled paper copies of one published form: for a paper session (one copy per candidate
 * slot, each a personal variant of the session) or for a form alone (copies of one named variant, or each shuffled on
 * its own). Its copies and their seeds are written when the job is made, before anything is printed; the files are made
 * in the background, {@code done} counting the copies finished.
 */
@Entity
@Table(name = "print_job")
public class PrintJob {

    /** Where a job is. */
    public enum Status {
        QUEUED,
        RUNNING,
        DONE,
        FAILED;

        public boolean isFinal() {
            return this == DONE || this == FAILED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "snapshot_id", nullable = false, updatable = false)
    private FormSnapshot snapshot;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", updatable = false)
    private ExamSession session;

    @Column(name = "variant_name", updatable = false)
    private String variantName;

    @Column(nullable = false, updatable = false)
    private int copies;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int done;

    @Column
    private String problem;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected PrintJob() {
        // JPA
    }

    public PrintJob(FormSnapshot snapshot, ExamSession session, String variantName, int copies, String requestedBy) {
        this.snapshot = snapshot;
        this.session = session;
        this.variantName = variantName;
        this.copies = copies;
        this.requestedBy = requestedBy;
        this.requestedAt = OffsetDateTime.now();
        this.status = Status.QUEUED;
    }

    /** A failed job queued again: its copies and seeds are stored, so it makes the very same files. */
    public void requeued() {
        status = Status.QUEUED;
        done = 0;
        problem = null;
        finishedAt = null;
    }

    public void started() {
        status = Status.RUNNING;
        done = 0;
    }

    public void progressed(int copiesDone) {
        done = copiesDone;
    }

    public void finished() {
        status = Status.DONE;
        done = copies;
        finishedAt = OffsetDateTime.now();
    }

    public void failed(String why) {
        status = Status.FAILED;
        problem = why == null ? "failed" : why.substring(0, Math.min(why.length(), 2000));
        finishedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public FormSnapshot getSnapshot() {
        return snapshot;
    }

    public ExamSession getSession() {
        return session;
    }

    public String getVariantName() {
        return variantName;
    }

    public int getCopies() {
        return copies;
    }

    public Status getStatus() {
        return status;
    }

    public int getDone() {
        return done;
    }

    public String getProblem() {
        return problem;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
