package pl.certbank.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One recorded change; never updated or deleted. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "item_id", updatable = false)
    private Long itemId;

    @Column(name = "version_number", updatable = false)
    private Integer versionNumber;

    @Column(name = "before_value", updatable = false)
    private String before;

    @Column(name = "after_value", updatable = false)
    private String after;

    protected AuditEntry() {
        // JPA
    }

    public AuditEntry(String actor, String action, Long itemId, Integer versionNumber, String before, String after) {
        this.at = OffsetDateTime.now();
        this.actor = actor;
        this.action = action;
        this.itemId = itemId;
        this.versionNumber = versionNumber;
        this.before = before;
        this.after = after;
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

    public Long getItemId() {
        return itemId;
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
