package pl.certbank.delivery.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import pl.certbank.publishing.entity.FormSnapshot;

/** A published form opened to one exam centre for a time window, for a number of candidates, on screen or paper. */
@Entity
@Table(name = "exam_session")
@NamedQuery(name = ExamSession.ALL, query = "SELECT s FROM ExamSession s ORDER BY s.opensAt DESC, s.id DESC")
@NamedQuery(name = ExamSession.OF_CLIENT, query = "SELECT s FROM ExamSession s WHERE s.client.id = :client "
        + "ORDER BY s.opensAt, s.id")
public class ExamSession {

    public static final String ALL = "ExamSession.all";
    public static final String OF_CLIENT = "ExamSession.ofClient";

    /** How candidates sit the test. */
    public enum Mode {
        ELECTRONIC,
        PAPER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "snapshot_id", nullable = false, updatable = false)
    private FormSnapshot snapshot;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "exam_client_id", nullable = false, updatable = false)
    private ExamClient client;

    @Column(nullable = false)
    private String name;

    @Column(name = "opens_at", nullable = false)
    private OffsetDateTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private OffsetDateTime closesAt;

    @Column(name = "expected_candidates", nullable = false)
    private int expectedCandidates;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Mode mode;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected ExamSession() {
        // JPA
    }

    public ExamSession(FormSnapshot snapshot, ExamClient client, String name, OffsetDateTime opensAt,
            OffsetDateTime closesAt, int expectedCandidates, Mode mode, String createdBy) {
        this.snapshot = snapshot;
        this.client = client;
        this.name = name;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.expectedCandidates = expectedCandidates;
        this.mode = mode;
        this.createdBy = createdBy;
        this.createdAt = OffsetDateTime.now();
    }

    /** A new window (the demo reopens its session at every start). */
    public void reschedule(OffsetDateTime opens, OffsetDateTime closes) {
        this.opensAt = opens;
        this.closesAt = closes;
    }

    public boolean isOpenAt(OffsetDateTime moment) {
        return !moment.isBefore(opensAt) && moment.isBefore(closesAt);
    }

    public Long getId() {
        return id;
    }

    public FormSnapshot getSnapshot() {
        return snapshot;
    }

    public ExamClient getClient() {
        return client;
    }

    public String getName() {
        return name;
    }

    public OffsetDateTime getOpensAt() {
        return opensAt;
    }

    public OffsetDateTime getClosesAt() {
        return closesAt;
    }

    public int getExpectedCandidates() {
        return expectedCandidates;
    }

    public Mode getMode() {
        return mode;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
