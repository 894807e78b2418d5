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
 * One candidate's own variant in a session ({@code P1}, {@code P2}, ...): a seed drawn when the exam client asks for
 * it, and the candidate payload built from the session's snapshot and that seed, once. Sealed like named variants.
 */
@Entity
@Table(name = "personal_variant")
@NamedQuery(name = PersonalVariant.BY_CANDIDATE, query = "SELECT v FROM PersonalVariant v WHERE v.session.id = "
        + ":session AND v.candidate = :candidate")
@NamedQuery(name = PersonalVariant.BY_NAME, query = "SELECT v FROM PersonalVariant v WHERE v.session.id = :session "
        + "AND v.name = :name")
@NamedQuery(name = PersonalVariant.COUNT, query = "SELECT COUNT(v) FROM PersonalVariant v WHERE v.session.id = "
        + ":session")
public class PersonalVariant {

    public static final String BY_CANDIDATE = "PersonalVariant.byCandidate";
    public static final String BY_NAME = "PersonalVariant.byName";
    public static final String COUNT = "PersonalVariant.count";
    /** Personal variants are named P and a number: never a named variant's letters. */
    public static final String PREFIX = "P";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private ExamSession session;

    @Column(nullable = false, updatable = false)
    private String candidate;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private long seed;

    @Column(nullable = false, updatable = false)
    private String payload;

    @Column(name = "payload_hash", nullable = false, updatable = false)
    private String payloadHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected PersonalVariant() {
        // JPA
    }

    /** A candidate's variant from {@code seed}; {@link #seal} names it and gives its payload before it is written. */
    public PersonalVariant(ExamSession session, String candidate, long seed) {
        this.session = session;
        this.candidate = candidate;
        this.seed = seed;
        this.createdAt = OffsetDateTime.now();
    }

    /** Once, after the id is known and before the row is written (every column is insert-only). */
    public void seal(String variantName, String candidatePayload, String hash) {
        if (this.payload != null) {
            throw new IllegalStateException("personal variant " + name + " is sealed");
        }
        this.name = variantName;
        this.payload = candidatePayload;
        this.payloadHash = hash;
    }

    public Long getId() {
        return id;
    }

    public ExamSession getSession() {
        return session;
    }

    public String getCandidate() {
        return candidate;
    }

    public String getName() {
        return name;
    }

    public long getSeed() {
        return seed;
    }

    public String getPayload() {
        return payload;
    }

    public String getPayloadHash() {
        return payloadHash;
    }
}
