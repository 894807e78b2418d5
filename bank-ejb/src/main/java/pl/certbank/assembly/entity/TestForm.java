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
@NamedQuery(name = TestForm.PUBLISHED, query = "SELECT f FROM TestForm f WHERE f.status = 'PUBLISHED' "
        + "ORDER BY f.createdAt DESC, f.id DESC")
public class TestForm {

    public static final String ALL = "TestForm.all";
    public static final String PUBLISHED = "TestForm.published";
    /** A form being put together; the publishing component takes it further (frozen, published, withdrawn). */
    public static final String DRAFT = "DRAFT";

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

    public void add(ItemVersion version) {
        slots.add(new FormSlot(this, slots.size() + 1, version));
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

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public List<FormSlot> getSlots() {
        return Collections.unmodifiableList(slots);
    }
}
