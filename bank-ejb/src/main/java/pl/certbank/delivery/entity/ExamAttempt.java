package pl.certbank.delivery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One candidate's submission in a session, under the attempt id the exam client chose: the variant they sat and their
 * responses exactly as sent (by item reference). {@code requestHash} identifies the submission, so that sending it
 * again returns the first result and a different one under the same attempt id is refused. Sealed once written.
 */
@Entity
@Table(name = "exam_attempt")
@NamedQuery(name = ExamAttempt.BY_KEY, query = "SELECT a FROM ExamAttempt a WHERE a.session.id = :session "
        + "AND a.attemptKey = :key")
@NamedQuery(name = ExamAttempt.OF_SESSION, query = "SELECT a FROM ExamAttempt a WHERE a.session.id = :session "
        + "ORDER BY a.submittedAt, a.id")
public class ExamAttempt {

    public static final String BY_KEY = "ExamAttempt.byKey";
    public static final String OF_SESSION = "ExamAttempt.ofSession";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private ExamSession session;

    @Column(name = "attempt_key", nullable = false, updatable = false)
    private String attemptKey;

    @Column(nullable = false, updatable = false)
    private String candidate;

    @Column(name = "variant_name", nullable = false, updatable = false)
    private String variantName;

    @Column(nullable = false, updatable = false)
    private String responses;

    @Column(name = "request_hash", nullable = false, updatable = false)
    private String requestHash;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private OffsetDateTime submittedAt;

    protected ExamAttempt() {
        // JPA
    }

    public ExamAttempt(ExamSession session, String attemptKey, String candidate, String variantName,
            String responses, String requestHash) {
        this.session = session;
        this.attemptKey = attemptKey;
        this.candidate = candidate;
        this.variantName = variantName;
        this.responses = responses;
        this.requestHash = requestHash;
        this.submittedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public ExamSession getSession() {
        return session;
    }

    public String getAttemptKey() {
        return attemptKey;
    }

    public String getCandidate() {
        return candidate;
    }

    public String getVariantName() {
        return variantName;
    }

    public String getResponses() {
        return responses;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }
}
