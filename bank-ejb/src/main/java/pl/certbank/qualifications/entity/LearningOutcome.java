package pl.certbank.qualifications.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A learning outcome ("efekt uczenia się"), e.g. Z1.3 "Zabezpiecza dane zgodnie z obowiązującymi przepisami". */
@Entity
@Table(name = "learning_outcome")
public class LearningOutcome {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "outcome_set_id")
    private OutcomeSet outcomeSet;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String title;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @OneToMany(mappedBy = "outcome", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Criterion> criteria = new ArrayList<>();

    protected LearningOutcome() {
        // JPA
    }

    LearningOutcome(OutcomeSet outcomeSet, String code, String title, int sortOrder) {
        this.outcomeSet = outcomeSet;
        this.code = code;
        this.title = title;
        this.sortOrder = sortOrder;
    }

    public Criterion addCriterion(String criterionCode, String text) {
        Criterion criterion = new Criterion(this, criterionCode, text, criteria.size() + 1);
        criteria.add(criterion);
        return criterion;
    }

    public Long getId() {
        return id;
    }

    public OutcomeSet getOutcomeSet() {
        return outcomeSet;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public List<Criterion> getCriteria() {
        return Collections.unmodifiableList(criteria);
    }
}
