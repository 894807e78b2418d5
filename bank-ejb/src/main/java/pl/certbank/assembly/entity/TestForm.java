package pl.certbank.assembly.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import pl.certbank.blueprints.entity.BlueprintVersion;
import pl.certbank.items.entity.ItemVersion;

/** A test form: an ordered list of slots, each pinned to one exact item version. */
@Entity
@Table(name = "test_form")
@NamedQuery(name = TestForm.ALL, query = "SELECT f FROM TestForm f ORDER BY f.id DESC")
@NamedQuery(name = TestForm.ALL_PUBLISHED, query = "SELECT f FROM TestForm f WHERE f.status = 'PUBLISHED' "
        + "ORDER BY f.createdAt DESC, f.id DESC")
public class TestForm {

    public static final String ALL = "TestForm.all";
    public static final String ALL_PUBLISHED = "TestForm.published";
    /** A form being put together; the publishing component takes it further (frozen, published, withdrawn). */
    public static final String DRAFT = "DRAFT";
    /** No more edits: the form waits for a publisher (another person than its designer). */
    public static final String FROZEN = "FROZEN";
    /** Sealed in a snapshot and open to sessions. */
    public static final String PUBLISHED = "PUBLISHED";
    /** No new sessions; the snapshot stays for results and appeals. */
    public static final String WITHDRAWN = "WITHDRAWN";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String title;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false)
    private String status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "blueprint_version_id", updatable = false)
    private BlueprintVersion blueprintVersion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "run_id", updatable = false)
    private AssemblyRun run;

    @Column(name = "form_number", updatable = false)
    private Integer formNumber;

    /** Whoever accepted the run or last edited the draft: publishing needs another person (four eyes). */
    private String designer;

    @Column(name = "frozen_by")
    private String frozenBy;

    @Column(name = "frozen_at")
    private OffsetDateTime frozenAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @OneToMany(mappedBy = "form", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("slot")
    private List<FormSlot> slots = new ArrayList<>();

    protected TestForm() {
        // JPA
    }

    public TestForm(String code, String title) {
        this.code = code;
        this.title = title;
        this.status = DRAFT;
        this.createdAt = OffsetDateTime.now();
    }

    /** Form {@code number} of an accepted run, a draft pinned to the item versions the run chose. */
    public TestForm(AssemblyRun run, int number, String code, String title, String designer) {
        this(code, title);
        this.run = run;
        this.blueprintVersion = run.getBlueprintVersion();
        this.formNumber = number;
        this.designer = designer;
    }

    /** A draft put together without a run, to a blueprint version (or none). */
    public TestForm(BlueprintVersion version, String code, String title, String designer) {
        this(code, title);
        this.blueprintVersion = version;
        this.designer = designer;
    }

    public void add(ItemVersion version) {
        if (!DRAFT.equals(status)) {
            throw new IllegalStateException("Form " + code + " is " + status + ": only a draft takes items");
        }
        slots.add(new FormSlot(this, slots.size() + 1, version));
    }

    /** Stops edits; the caller has checked that the form is a draft. */
    public void freeze(String by) {
        status = FROZEN;
        frozenBy = by;
        frozenAt = OffsetDateTime.now();
    }

    /** Back to a draft (a frozen form a publisher would not publish); its freezer becomes its last editor. */
    public void unfreeze(String by) {
        status = DRAFT;
        designer = by;
        frozenBy = null;
        frozenAt = null;
    }

    public void publish(String by, OffsetDateTime at) {
        status = PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    public void withdraw(String by, String reason) {
        status = WITHDRAWN;
        withdrawnBy = by;
        withdrawnAt = OffsetDateTime.now();
        withdrawalReason = reason;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getStatus() {
        return status;
    }

    public BlueprintVersion getBlueprintVersion() {
        return blueprintVersion;
    }

    public AssemblyRun getRun() {
        return run;
    }

    public Integer getFormNumber() {
        return formNumber;
    }

    public String getDesigner() {
        return designer;
    }

    public String getFrozenBy() {
        return frozenBy;
    }

    public OffsetDateTime getFrozenAt() {
        return frozenAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public OffsetDateTime getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public List<FormSlot> getSlots() {
        return Collections.unmodifiableList(slots);
    }
}
