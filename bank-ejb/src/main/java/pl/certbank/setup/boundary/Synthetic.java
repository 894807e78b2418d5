package pl.certbank.setup.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import pl.certbank.qualifications.entity.Criterion;
import pl.certbank.qualifications.entity.Qualification;
import pl.certbank.refusals.Refusal;
import pl.certbank.security.entity.Roles;
import pl.certbank.setup.control.SyntheticBank;

/** Generated items for benchmarks: administrators, demo mode only. */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Synthetic {

    @Resource(lookup = "java:jboss/datasources/CertBankDS")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    /** Adds {@code count} generated items; returns the number of generated items in the bank. */
    public long generate(String qualification, int count) {
        if (!DemoMode.isOn()) {
            throw new IllegalStateException("Generated items are for demo mode only");
        }
        Qualification q = em.createNamedQuery(Qualification.BY_CODE, Qualification.class)
                .setParameter("code", qualification).getResultStream().findFirst().orElseThrow(() -> Refusal.of(
                        pl.certbank.items.entity.ItemRefusal.QUALIFICATION_NOT_FOUND, qualification));
        List<Criterion> criteria = em.createQuery("SELECT c FROM Criterion c WHERE c.outcome.outcomeSet"
                + ".qualification = :q ORDER BY c.id", Criterion.class).setParameter("q", q).getResultList();
        try {
            return SyntheticBank.generate(dataSource, q.getId(), criteria, count);
        } catch (SQLException e) {
            throw new IllegalStateException("Generating items failed: " + e.getMessage(), e);
        }
    }
}
