package pl.certbank.qualifications.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/** A ZSK qualification as announced in Monitor Polski, with its framework of sets, outcomes and criteria. */
@Entity
@Table(name = "qualification")
@NamedQuery(name = Qualification.ALL, query = "SELECT q FROM Qualification q ORDER BY q.code")
@NamedQuery(name = Qualification.BY_CODE, query = "SELECT q FROM Qualification q WHERE q.code = :code")
public class Qualification {

    public static final String ALL = "Qualification.all";
    public static final String BY_CODE = "Qualification.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    private String kind;

    @Column(name = "prk_level", nullable = false)
    private int prkLevel;

    @Column(name = "sectoral_level")
    private String sectoralLevel;

    @Column(name = "document_name")
    private String documentName;

    @Column(name = "certificate_validity")
    private String certificateValidity;

    @Column(name = "certificate_validity_years")
    private Integer certificateValidityYears;

    @Column(name = "review_period")
    private String reviewPeriod;

    @Column(name = "legal_basis")
    private String legalBasis;

    private String summary;

    @Column(name = "source_file")
    private String sourceFile;

    @Column(name = "imported_at", nullable = false)
    private OffsetDateTime importedAt;

    @OneToMany(mappedBy = "qualification", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<OutcomeSet> sets = new ArrayList<>();

    @Version
    private long version;

    protected Qualification() {
        // JPA
    }

    public Qualification(String code, String name, int prkLevel, String sourceFile) {
        this.code = code;
        this.name = name;
        this.prkLevel = prkLevel;
        this.sourceFile = sourceFile;
        this.importedAt = OffsetDateTime.now();
    }

    /** Sets the descriptive metadata the announcement gives; none of it affects the framework's structure. */
    public void describe(String kind, String sectoralLevel, String documentName, String certificateValidity,
            Integer certificateValidityYears, String reviewPeriod, String legalBasis, String summary) {
        this.kind = kind;
        this.sectoralLevel = sectoralLevel;
        this.documentName = documentName;
        this.certificateValidity = certificateValidity;
        this.certificateValidityYears = certificateValidityYears;
        this.reviewPeriod = reviewPeriod;
        this.legalBasis = legalBasis;
        this.summary = summary;
    }

    public OutcomeSet addSet(String setCode, String title) {
        OutcomeSet set = new OutcomeSet(this, setCode, title, sets.size() + 1);
        sets.add(set);
        return set;
    }

    public Stream<LearningOutcome> outcomes() {
        return sets.stream().flatMap(s -> s.getOutcomes().stream());
    }

    public Stream<Criterion> criteria() {
        return outcomes().flatMap(o -> o.getCriteria().stream());
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public int getPrkLevel() {
        return prkLevel;
    }

    public String getSectoralLevel() {
        return sectoralLevel;
    }

    public String getDocumentName() {
        return documentName;
    }

    public String getCertificateValidity() {
        return certificateValidity;
    }

    public Integer getCertificateValidityYears() {
        return certificateValidityYears;
    }

    public String getReviewPeriod() {
        return reviewPeriod;
    }

    /** The framework's revision: it grows whenever the qualification's text is imported again with changes. */
    public long getVersion() {
        return version;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getSummary() {
        return summary;
    }

    public String getSourceFile() {
        return sourceFile;
    }

    public OffsetDateTime getImportedAt() {
        return importedAt;
    }

    public List<OutcomeSet> getSets() {
        return Collections.unmodifiableList(sets);
    }
}
