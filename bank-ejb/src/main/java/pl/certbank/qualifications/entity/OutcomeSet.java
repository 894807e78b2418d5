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

/** An outcome set ("zestaw efektów uczenia się"), e.g. Z1 "Budowanie bazy klientów". */
@Entity
@Table(name = "outcome_set")
public class OutcomeSet {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "qualification_id")
    private Qualification qualification;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String title;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @OneToMany(mappedBy = "outcomeSet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<LearningOutcome> outcomes = new ArrayList<>();

    protected OutcomeSet() {
        // JPA
    }

    OutcomeSet(Qualification qualification, String code, String title, int sortOrder) {
        this.qualification = qualification;
        this.code = code;
        this.title = title;
        this.sortOrder = sortOrder;
    }

    public LearningOutcome addOutcome(String outcomeCode, String outcomeTitle) {
        LearningOutcome outcome = new LearningOutcome(this, outcomeCode, outcomeTitle, outcomes.size() + 1);
        outcomes.add(outcome);
        return outcome;
    }

    public Long getId() {
        return id;
    }

    public Qualification getQualification() {
        return qualification;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public List<LearningOutcome> getOutcomes() {
        return Collections.unmodifiableList(outcomes);
    }
}
