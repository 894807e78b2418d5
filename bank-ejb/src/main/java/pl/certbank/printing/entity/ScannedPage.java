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
import java.time.OffsetDateTime;

/**
 * One uploaded page image and what the reader found on it: the status ({@code READ} or why not), the QR text, the copy
 * and page it names, the mm→pixel homography and the darkness of every bubble (a JSON array by bubble index), kept so
 * that marks can be re-classified with other thresholds without rescanning. The image is kept as uploaded (PNG or
 * JPEG; in {@link ScannedImage}), so the review screen can draw the detected marks over it. A later scan of the same copy page replaces it as
 * the {@code current} one; earlier ones stay, for the record.
 */
@Entity
@Table(name = "scanned_page")
@NamedQuery(name = ScannedPage.CURRENT_OF_COPY, query = "SELECT p FROM ScannedPage p WHERE p.copy.id = :copy "
        + "AND p.current = TRUE ORDER BY p.pageNumber")
@NamedQuery(name = ScannedPage.RECENT, query = "SELECT p FROM ScannedPage p ORDER BY p.uploadedAt DESC, p.id DESC")
public class ScannedPage {

    public static final String CURRENT_OF_COPY = "ScannedPage.currentOfCopy";
    public static final String RECENT = "ScannedPage.recent";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "copy_id", updatable = false)
    private PrintCopy copy;

    @Column(name = "page_number", updatable = false)
    private Integer pageNumber;

    @Column(nullable = false, updatable = false)
    private String status;

    @Column(name = "qr_text", updatable = false)
    private String qrText;

    @Column(updatable = false)
    private String problem;

    @Column(nullable = false, updatable = false)
    private String source;

    @Column(name = "image_sha256", nullable = false, updatable = false)
    private String imageSha256;

    @Column(nullable = false, updatable = false)
    private int width;

    @Column(nullable = false, updatable = false)
    private int height;

    @Column(updatable = false)
    private String homography;

    @Column(updatable = false)
    private String darkness;

    @Column(name = "upside_down", nullable = false, updatable = false)
    private boolean upsideDown;

    @Column(name = "current_scan", nullable = false)
    private boolean current;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected ScannedPage() {
        // JPA
    }

    public ScannedPage(PrintCopy copy, Integer pageNumber, String status, String qrText, String problem, String source,
            String imageSha256, int width, int height, String homography, String darkness,
            boolean upsideDown, String uploadedBy) {
        this.copy = copy;
        this.pageNumber = pageNumber;
        this.status = status;
        this.qrText = qrText == null ? null : qrText.substring(0, Math.min(qrText.length(), 200));
        this.problem = problem == null ? null : problem.substring(0, Math.min(problem.length(), 500));
        this.source = source.substring(0, Math.min(source.length(), 200));
        this.imageSha256 = imageSha256;
        this.width = width;
        this.height = height;
        this.homography = homography;
        this.darkness = darkness;
        this.upsideDown = upsideDown;
        this.current = copy != null;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = OffsetDateTime.now();
    }

    /** A newer scan of the same page came in. */
    public void replaced() {
        current = false;
    }

    public Long getId() {
        return id;
    }

    public PrintCopy getCopy() {
        return copy;
    }

    public Integer getPageNumber() {
        return pageNumber;
    }

    public String getStatus() {
        return status;
    }

    public String getQrText() {
        return qrText;
    }

    public String getProblem() {
        return problem;
    }

    public String getSource() {
        return source;
    }

    public String getImageSha256() {
        return imageSha256;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getHomography() {
        return homography;
    }

    public String getDarkness() {
        return darkness;
    }

    public boolean isUpsideDown() {
        return upsideDown;
    }

    public boolean isCurrent() {
        return current;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }
}
