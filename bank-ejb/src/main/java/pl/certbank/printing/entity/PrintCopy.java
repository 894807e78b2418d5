package pl.certbank.printing.entity;

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
import pl.certbank.delivery.entity.ExamAttempt;
import pl.certbank.delivery.entity.PersonalVariant;

/**
 * One printed copy of a job: its sheet number in the job, the candidate slot it is handed to, the variant it is
 * arranged by and that variant's seed (stored before printing; a session's copy is a personal variant of the session),
 * the SHA-256 of its booklet, answer sheet and key once made, and, after scanning, the candidate ID bubbled on it and
 * the attempt its responses were scored as.
 */
@Entity
@Table(name = "print_copy")
@NamedQuery(name = PrintCopy.OF_JOB, query = "SELECT c FROM PrintCopy c WHERE c.job.id = :job ORDER BY c.number")
public class PrintCopy {

    public static final String OF_JOB = "PrintCopy.ofJob";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "job_id", nullable = false, updatable = false)
    private PrintJob job;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String slot;

    @Column(name = "variant_name", nullable = false, updatable = false)
    private String variantName;

    @Column(nullable = false, updatable = false)
    private long seed;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "personal_variant_id", updatable = false)
    private PersonalVariant personalVariant;

    @Column(name = "sheet_pages")
    private Integer sheetPages;

    @Column(name = "booklet_sha256")
    private String bookletSha256;

    @Column(name = "sheet_sha256")
    private String sheetSha256;

    @Column(name = "key_sha256")
    private String keySha256;

    @Column(name = "candidate_id_read")
    private String candidateIdRead;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attempt_id")
    private ExamAttempt attempt;

    protected PrintCopy() {
        // JPA
    }

    public PrintCopy(PrintJob job, int number, String slot, String variantName, long seed,
            PersonalVariant personalVariant) {
        this.job = job;
        this.number = number;
        this.slot = slot;
        this.variantName = variantName;
        this.seed = seed;
        this.personalVariant = personalVariant;
    }

    /** The hashes of the copy's documents, once they are made. */
    public void printed(int pages, String booklet, String sheet, String key) {
        this.sheetPages = pages;
        this.bookletSha256 = booklet;
        this.sheetSha256 = sheet;
        this.keySha256 = key;
    }

    /** The copy's scanned responses, scored. */
    public void scored(ExamAttempt scoredAs, String candidateId) {
        this.attempt = scoredAs;
        this.candidateIdRead = candidateId;
    }

    public Long getId() {
        return id;
    }

    public PrintJob getJob() {
        return job;
    }

    public int getNumber() {
        return number;
    }

    public String getSlot() {
        return slot;
    }

    public String getVariantName() {
        return variantName;
    }

    public long getSeed() {
        return seed;
    }

    public PersonalVariant getPersonalVariant() {
        return personalVariant;
    }

    public Integer getSheetPages() {
        return sheetPages;
    }

    public String getBookletSha256() {
        return bookletSha256;
    }

    public String getSheetSha256() {
        return sheetSha256;
    }

    public String getKeySha256() {
        return keySha256;
    }

    public String getCandidateIdRead() {
        return candidateIdRead;
    }

    public ExamAttempt getAttempt() {
        return attempt;
    }
}
