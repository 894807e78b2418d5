package pl.certbank.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** A person or exam-centre client that signs in; the password is kept only as a bcrypt hash in modular crypt form. */
@Entity
@Table(name = "bank_user")
@NamedQuery(name = BankUser.BY_USERNAME, query = "SELECT u FROM BankUser u WHERE u.username = :username")
public class BankUser {

    public static final String BY_USERNAME = "BankUser.byUsername";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bank_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_name")
    private Set<String> roles = new TreeSet<>();

    @Version
    private long version;

    protected BankUser() {
        // JPA
    }

    public BankUser(String username, String displayName, String passwordHash, Set<String> roles) {
        if (!Roles.ALL.containsAll(roles)) {
            throw new IllegalArgumentException("Unknown role in " + roles + "; known roles: " + Roles.ALL);
        }
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles.addAll(roles);
        this.createdAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<String> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
