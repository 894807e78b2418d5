package pl.certbank.delivery.entity;

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
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * An attempt's score with the first {@code errataApplied} errata of its form applied (0: as published). Scores are
 * appended, never replaced: rescoring after an erratum adds one, and both stay. {@code breakdown} is the result sheet
 * as JSON (per item, criterion, outcome, set and in total, with the shortfall).
 */
@Entity
@Table(name = "attempt_score")
@NamedQuery(name = AttemptScore.OF_ATTEMPT, query = "SELECT s FROM AttemptScore s WHERE s.attempt.id = :attempt "
        + "ORDER BY s.errataApplied")
@NamedQuery(name = AttemptScore.OF_SESSION, query = "SELECT s FROM AttemptScore s WHERE s.attempt.session.id = "
        + ":session ORDER BY s.attempt.id, s.errataApplied")
public class AttemptScore {

    public static final String OF_ATTEMPT = "AttemptScore.ofAttempt";
    public static final String OF_SESSION = "AttemptScore.ofSession";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attempt_id", nullable = false, updatable = false)
    private ExamAttempt attempt;

    @Column(name = "errata_applied", nullable = false, updatable = false)
    private int errataApplied;

    @Column(nullable = false, updatable = false, precision = 14, scale = 4)
    private BigDecimal points;

    @Column(nullable = false, updatable = false, precision = 14, scale = 4)
    private BigDecimal maximum;

    @Column(nullable = false, updatable = false)
    private boolean passed;

    @Column(nullable = false, updatable = false)
    private String breakdown;

    @Column(name = "scored_at", nullable = false, updatable = false)
    private OffsetDateTime scoredAt;

    protected AttemptScore() {
        // JPA
    }

    public AttemptScore(ExamAttempt attempt, int errataApplied, BigDecimal points, BigDecimal maximum,
            boolean passed, String breakdown) {
        this.attempt = attempt;
        this.errataApplied = errataApplied;
        this.points = points;
        this.maximum = maximum;
        this.passed = passed;
        this.breakdown = breakdown;
        this.scoredAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public ExamAttempt getAttempt() {
        return attempt;
    }

    public int getErrataApplied() {
        return errataApplied;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public BigDecimal getMaximum() {
        return maximum;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getBreakdown() {
        return breakdown;
    }

    public OffsetDateTime getScoredAt() {
        return scoredAt;
    }
}
