package pl.certbank.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One recorded change; never updated or deleted. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    static final int MAX_VALUE = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, updatable = false)
    private Subject.Kind subjectKind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "version_number", updatable = false)
    private Integer versionNumber;

    @Column(name = "before_value", updatable = false)
    private String before;

    @Column(name = "after_value", updatable = false)
    private String after;

    protected AuditEntry() {
        // JPA
    }

    public AuditEntry(String actor, String action, Subject subject, Integer versionNumber, String before,
            String after) {
        this.at = OffsetDateTime.now();
        this.actor = actor;
        this.action = action;
        this.subjectKind = subject.kind();
        this.subjectId = subject.id();
        this.versionNumber = versionNumber;
        this.before = abbreviate(before);
        this.after = abbreviate(after);
    }

    /** Values longer than the column keep their start and end with an ellipsis. */
    private static String abbreviate(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public Subject getSubject() {
        return new Subject(subjectKind, subjectId);
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
