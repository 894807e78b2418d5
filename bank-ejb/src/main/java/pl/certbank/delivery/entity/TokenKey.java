package pl.certbank.delivery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The installation's secret that signs exam clients' bearer tokens (HMAC-SHA256), made at the first start. */
@Entity
@Table(name = "token_key")
@NamedQuery(name = TokenKey.NEWEST, query = "SELECT k FROM TokenKey k ORDER BY k.createdAt DESC, k.id DESC")
public class TokenKey {

    public static final String NEWEST = "TokenKey.newest";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String secret;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected TokenKey() {
        // JPA
    }

    public TokenKey(String secret) {
        this.secret = secret;
        this.createdAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public String getSecret() {
        return secret;
    }
}
