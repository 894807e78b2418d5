package pl.certbank.qualifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A verification criterion ("kryterium weryfikacji"), the unit every item is tagged to, e.g. Z1.3.2. */
@Entity
@Table(name = "criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "learning_outcome_id")
    private LearningOutcome outcome;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String text;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Criterion() {
        // JPA
    }

    Criterion(LearningOutcome outcome, String code, String text, int sortOrder) {
        this.outcome = outcome;
        this.code = code;
        this.text = text;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public LearningOutcome getOutcome() {
        return outcome;
    }

    public String getCode() {
        return code;
    }

    public String getText() {
        return text;
    }
}
