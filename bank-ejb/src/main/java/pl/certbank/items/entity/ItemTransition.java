package pl.certbank.items.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One step of an item's lifecycle: who moved which version from where to where, when and why. Never changed. */
@Entity
@Table(name = "item_transition")
public class ItemTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", updatable = false)
    private Item item;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private ItemStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private ItemStatus to;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(updatable = false)
    private String reason;

    protected ItemTransition() {
        // JPA
    }

    ItemTransition(Item item, int versionNumber, ItemStatus from, ItemStatus to, String actor, String reason) {
        this.item = item;
        this.versionNumber = versionNumber;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.reason = reason;
        this.at = OffsetDateTime.now();
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public ItemStatus getFrom() {
        return from;
    }

    public ItemStatus getTo() {
        return to;
    }

    public String getActor() {
        return actor;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getReason() {
        return reason;
    }
}
