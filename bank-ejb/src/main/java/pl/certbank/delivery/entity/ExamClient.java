package pl.certbank.delivery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * An exam centre's software: not a bank user but a record with a hashed secret, created, rotated and revoked by a
 * publisher or administrator. {@code credentialNumber} grows with every rotation; a token names the credential it was
 * issued for, so rotating or revoking refuses every earlier token at once.
 */
@Entity
@Table(name = "exam_client")
@NamedQuery(name = ExamClient.ALL, query = "SELECT c FROM ExamClient c ORDER BY c.clientId")
@NamedQuery(name = ExamClient.BY_CLIENT_ID, query = "SELECT c FROM ExamClient c WHERE c.clientId = :clientId")
public class ExamClient {

    public static final String ALL = "ExamClient.all";
    public static final String BY_CLIENT_ID = "ExamClient.byClientId";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @Column(name = "client_id", nullable = false, unique = true, updatable = false)
    private String clientId;

    @Column(nullable = false)
    private String name;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(name = "credential_number", nullable = false)
    private int credentialNumber;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected ExamClient() {
        // JPA
    }

    public ExamClient(String clientId, String name, String secretHash, String createdBy) {
        this.clientId = clientId;
        this.name = name;
        this.secretHash = secretHash;
        this.credentialNumber = 1;
        this.createdBy = createdBy;
        this.createdAt = OffsetDateTime.now();
    }

    /** A new secret: every token of the old one stops working. A revoked client becomes active again. */
    public void rotate(String newSecretHash) {
        secretHash = newSecretHash;
        credentialNumber++;
        revokedBy = null;
        revokedAt = null;
    }

    public void revoke(String by) {
        revokedBy = by;
        revokedAt = OffsetDateTime.now();
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getClientId() {
        return clientId;
    }

    public String getName() {
        return name;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public int getCredentialNumber() {
        return credentialNumber;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
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
