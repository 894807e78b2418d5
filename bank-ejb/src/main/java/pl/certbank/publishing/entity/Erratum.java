package pl.certbank.publishing.entity;

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
 * A correction of one item's key on a published form, with its reason: appended beside the snapshot, outside its
 * hash (the snapshot never changes). Scoring applies a snapshot's errata in sequence; {@code answer} is the corrected
 * answer area in the stored shape of the item's type.
 */
@Entity
@Table(name = "erratum")
@NamedQuery(name = Erratum.OF_SNAPSHOT, query = "SELECT e FROM Erratum e WHERE e.snapshot.id = :snapshot "
        + "ORDER BY e.sequenceNumber")
public class Erratum {

    public static final String OF_SNAPSHOT = "Erratum.ofSnapshot";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "snapshot_id", nullable = false, updatable = false)
    private FormSnapshot snapshot;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private int sequenceNumber;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private String answer;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Erratum() {
        // JPA
    }

    public Erratum(FormSnapshot snapshot, int sequenceNumber, int position, String answer, String reason,
            String author) {
        this.snapshot = snapshot;
        this.sequenceNumber = sequenceNumber;
        this.position = position;
        this.answer = answer;
        this.reason = reason;
        this.author = author;
        this.createdAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public int getPosition() {
        return position;
    }

    public String getAnswer() {
        return answer;
    }

    public String getReason() {
        return reason;
    }

    public String getAuthor() {
        return author;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
