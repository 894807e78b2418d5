package pl.certbank.blueprints.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import pl.certbank.qualifications.entity.Qualification;
import pl.certbank.refusals.Refusal;

/**
 * A blueprint with its versions: every edit writes a new immutable {@link BlueprintVersion}, so a form assembled from
 * version 3 can still be checked against version 3 after the designers moved on.
 */
@Entity
@Table(name = "blueprint")
@NamedQuery(name = Blueprint.ALL, query = "SELECT b FROM Blueprint b ORDER BY b.name, b.id")
public class Blueprint {

    public static final String ALL = "Blueprint.all";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    // Not updatable=false (as for Item): EclipseLink breaks the blueprint ↔ latest-version cycle by inserting the
    // blueprint's foreign keys as null and setting them by an update in the same commit.
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "qualification_id")
    private Qualification qualification;

    @Column(nullable = false)
    private String name;

    // Not updatable=false: the blueprint ↔ latest-version cycle is closed by an update in the same commit.
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "latest_version_id")
    private BlueprintVersion latestVersion;

    @OneToMany(mappedBy = "blueprint", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<BlueprintVersion> versions = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Blueprint() {
        // JPA
    }

    public Blueprint(Qualification qualification, String name, BlueprintRules rules, String designer) {
        this.qualification = qualification;
        this.createdBy = designer;
        this.createdAt = OffsetDateTime.now();
        revise(name, rules, designer);
    }

    /** Writes a new version with these rules; the earlier versions stay as they were. */
    public BlueprintVersion revise(String newName, BlueprintRules rules, String designer) {
        BlueprintVersion version = new BlueprintVersion(this, versions.size() + 1, newName, rules, designer);
        versions.add(version);
        latestVersion = version;
        name = newName;
        updatedAt = version.getCreatedAt();
        return version;
    }

    /** Refuses a write based on an older revision than the current one. */
    public void checkRevision(long expected) {
        if (expected != lockVersion) {
            throw Refusal.stale(BlueprintRefusal.STALE, lockVersion, id, expected, lockVersion);
        }
    }

    public BlueprintVersion version(int number) {
        if (number < 1 || number > versions.size()) {
            throw Refusal.of(BlueprintRefusal.VERSION_NOT_FOUND, id, number);
        }
        return versions.get(number - 1);
    }

    public Long getId() {
        return id;
    }

    public Qualification getQualification() {
        return qualification;
    }

    public String getName() {
        return name;
    }

    public BlueprintVersion getLatestVersion() {
        return latestVersion;
    }

    public List<BlueprintVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
