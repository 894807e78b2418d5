package pl.certbank.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.certbank.audit.entity.AuditEntry;

/** Writes audit entries inside the caller's transaction, so a change and its record commit or fail together. */
@Dependent
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    public void record(String actor, String action, Long itemId, Integer versionNumber, String before, String after) {
        em.persist(new AuditEntry(actor, action, itemId, versionNumber, abbreviate(before), abbreviate(after)));
    }

    private static String abbreviate(String value) {
        return value == null || value.length() <= 4000 ? value : value.substring(0, 3999) + "…";
    }
}
