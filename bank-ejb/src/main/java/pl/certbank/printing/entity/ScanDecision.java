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
 * What the commission decided on a scanned page: a bubble's mark ({@code bubble} and {@code mark}, MARKED or EMPTY),
 * overriding what the thresholds said, or a short answer's text as the candidate wrote it ({@code formPosition} and
 * {@code answerText}), which the delivery scoring code then scores. Appended, never changed: the latest decision on a
 * bubble or an item counts, and each is audited.
 */
@Entity
@Table(name = "scan_decision")
@NamedQuery(name = ScanDecision.OF_PAGE, query = "SELECT d FROM ScanDecision d WHERE d.page.id = :page "
        + "ORDER BY d.id")
public class ScanDecision {

    public static final String OF_PAGE = "ScanDecision.ofPage";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "page_id", nullable = false, updatable = false)
    private ScannedPage page;

    @Column(updatable = false)
    private Integer bubble;

    @Column(name = "form_position", updatable = false)
    private Integer formPosition;

    @Column(updatable = false)
    private String mark;

    @Column(name = "answer_text", updatable = false)
    private String answerText;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private OffsetDateTime decidedAt;

    protected ScanDecision() {
        // JPA
    }

    public static ScanDecision mark(ScannedPage page, int bubble, String mark, String by) {
        ScanDecision d = new ScanDecision(page, by);
        d.bubble = bubble;
        d.mark = mark;
        return d;
    }

    public static ScanDecision answer(ScannedPage page, int formPosition, String text, String by) {
        ScanDecision d = new ScanDecision(page, by);
        d.formPosition = formPosition;
        d.answerText = text;
        return d;
    }

    private ScanDecision(ScannedPage page, String by) {
        this.page = page;
        this.decidedBy = by;
        this.decidedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public ScannedPage getPage() {
        return page;
    }

    public Integer getBubble() {
        return bubble;
    }

    public Integer getFormPosition() {
        return formPosition;
    }

    public String getMark() {
        return mark;
    }

    public String getAnswerText() {
        return answerText;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }
}
