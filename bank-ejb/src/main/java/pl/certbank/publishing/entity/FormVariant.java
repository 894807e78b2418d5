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

/**
 * A named variant of a published form: its seed and the candidate payload built from the snapshot and that seed at
 * publication (no key, no rationale, no author), served as these bytes. Sealed like the snapshot.
 */
@Entity
@Table(name = "form_variant")
@NamedQuery(name = FormVariant.OF_SNAPSHOT, query = "SELECT v FROM FormVariant v WHERE v.snapshot.id = :snapshot "
        + "ORDER BY v.name")
public class FormVariant {

    public static final String OF_SNAPSHOT = "FormVariant.ofSnapshot";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "snapshot_id", nullable = false, updatable = false)
    private FormSnapshot snapshot;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private long seed;

    @Column(nullable = false, updatable = false)
    private String payload;

    @Column(name = "payload_hash", nullable = false, updatable = false)
    private String payloadHash;

    protected FormVariant() {
        // JPA
    }

    public FormVariant(FormSnapshot snapshot, String name, long seed, String payload, String payloadHash) {
        this.snapshot = snapshot;
        this.name = name;
        this.seed = seed;
        this.payload = payload;
        this.payloadHash = payloadHash;
    }

    public Long getId() {
        return id;
    }

    public FormSnapshot getSnapshot() {
        return snapshot;
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
