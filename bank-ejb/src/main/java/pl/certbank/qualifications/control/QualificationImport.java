package pl.certbank.qualifications.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import pl.certbank.qualifications.entity.LearningOutcome;
import pl.certbank.qualifications.entity.OutcomeSet;
import pl.certbank.qualifications.entity.Qualification;

/**
 * Stores a validated framework. A qualification already in the bank is left alone: items are tagged to its criteria,
 * so a changed announcement becomes a new qualification code, never an edit in place.
 */
@Dependent
public class QualificationImport {

    private static final Logger LOG = Logger.getLogger(QualificationImport.class.getName());

    @PersistenceContext
    EntityManager em;

    /** Stores the framework unless its code exists; returns whether it was stored. */
    public boolean store(QualificationDefinition definition, String sourceFile) {
        boolean exists = !em.createNamedQuery(Qualification.BY_CODE, Qualification.class)
                .setParameter("code", definition.code()).getResultList().isEmpty();
        if (exists) {
            return false;
        }
        Qualification qualification = new Qualification(definition.code(), definition.name(), definition.prkLevel(),
                sourceFile);
        qualification.describe(definition.kind(), definition.sectoralLevel(), definition.documentName(),
                definition.certificateValidity(), definition.certificateValidityYears(), definition.reviewPeriod(),
                definition.legalBasis(), definition.summary());
        for (var setDefinition : definition.sets()) {
            OutcomeSet set = qualification.addSet(setDefinition.code(), setDefinition.title());
            for (var outcomeDefinition : setDefinition.outcomes()) {
                LearningOutcome outcome = set.addOutcome(outcomeDefinition.code(), outcomeDefinition.title());
                outcomeDefinition.criteria().forEach(c -> outcome.addCriterion(c.code(), c.text()));
            }
        }
        em.persist(qualification);
        LOG.info(() -> "Imported qualification " + definition.code() + " from " + sourceFile + " ("
                + definition.sets().size() + " sets, " + definition.criteriaCount() + " criteria)");
        return true;
    }
}
