package pl.certbank.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.certbank.audit.entity.AuditEntry;
import pl.certbank.audit.entity.Subject;

/** Writes audit entries inside the caller's transaction, so a change and its record commit or fail together. */
@Dependent
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    /** Records that {@code actor} did {@code action} to {@code subject} (to its version {@code versionNumber}). */
    public void record(String actor, String action, Subject subject, Integer versionNumber, String before,
            String after) {
        record(new AuditEntry(actor, action, subject, versionNumber, before, after));
    }

    public void record(AuditEntry entry) {
        em.persist(entry);
    }
}
