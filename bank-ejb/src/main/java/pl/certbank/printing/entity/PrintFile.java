package pl.certbank.printing.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A file a print job made, with its SHA-256, so that a printed copy can be proved to be what the bank produced: the
 * candidates' bundle (booklets and answer sheets with the manifest) and, apart from it, the commission's keys.
 */
@Entity
@Table(name = "print_file")
@NamedQuery(name = PrintFile.OF_JOB, query = "SELECT f FROM PrintFile f WHERE f.job.id = :job ORDER BY f.kind")
public class PrintFile {

    public static final String OF_JOB = "PrintFile.ofJob";

    /** What a file holds. */
    public enum Kind {
        /** Booklets and answer sheets, one pair per copy, and manifest.csv: what the printer prints for candidates. */
        CANDIDATES,
        /** The answer keys of every copy: the commission's, never in the candidates' bundle. */
        KEYS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "job_id", nullable = false, updatable = false)
    private PrintJob job;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected PrintFile() {
        // JPA
    }

    public PrintFile(PrintJob job, Kind kind, String name, String contentType, byte[] content, String sha256) {
        this.job = job;
        this.kind = kind;
        this.name = name;
        this.contentType = contentType;
        this.content = content;
        this.size = content.length;
        this.sha256 = sha256;
        this.createdAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public PrintJob getJob() {
        return job;
    }

    public Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }
}
