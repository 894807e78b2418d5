package pl.certbank.qualifications.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import pl.certbank.qualifications.entity.Qualification;
import pl.certbank.security.entity.Roles;

/** Reads the qualification frameworks; every signed-in role may see them. */
@Stateless
@RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.DESIGNER, Roles.PUBLISHER, Roles.PRINTER, Roles.ADMIN,
        Roles.EXAM_CLIENT})
public class Qualifications {

    /** Loads sets, outcomes and criteria with the qualification in one query instead of one per node. */
    private static final String WHOLE_TREE = "eclipselink.left-join-fetch";

    @PersistenceContext
    EntityManager em;

    public List<Qualification> all() {
        return em.createNamedQuery(Qualification.ALL, Qualification.class).getResultList();
    }

    /** The code of the qualification pages and searches open on when none is named: the first in the bank. */
    public String defaultCode() {
        return em.createNamedQuery(Qualification.ALL, Qualification.class).setMaxResults(1).getResultStream()
                .findFirst().map(Qualification::getCode)
                .orElseThrow(() -> new IllegalStateException("The bank holds no qualification yet"));
    }

    /** Number of criteria per qualification code, counted in the database. */
    public Map<String, Long> criteriaCounts() {
        return em.createQuery("SELECT s.qualification.code, COUNT(c) FROM Criterion c JOIN c.outcome o "
                + "JOIN o.outcomeSet s GROUP BY s.qualification.code", Object[].class).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }

    /** The qualification with its whole framework loaded. */
    public Optional<Qualification> withFramework(String code) {
        return em.createNamedQuery(Qualification.BY_CODE, Qualification.class)
                .setParameter("code", code)
                .setHint(WHOLE_TREE, "q.sets.outcomes.criteria")
                .getResultStream().findFirst();
    }

    /** The titles of a qualification's outcome sets, learning outcomes and criteria (the criterion's text) by code. */
    public Map<String, String> titles(String code) {
        Map<String, String> titles = new java.util.HashMap<>();
        withFramework(code).ifPresent(q -> q.getSets().forEach(set -> {
            titles.put(set.getCode(), set.getTitle());
            set.getOutcomes().forEach(outcome -> {
                titles.put(outcome.getCode(), outcome.getTitle());
                outcome.getCriteria().forEach(c -> titles.put(c.getCode(), c.getText()));
            });
        }));
        return titles;
    }
}
