package pl.certbank.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import pl.certbank.audit.entity.AuditEntry;
import pl.certbank.security.entity.Roles;

/** Reading the audit trail: administrators only. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    /** Newest first; {@code itemId} null means all items. */
    public List<AuditEntry> entries(Long itemId, int offset, int limit) {
        String where = itemId == null ? "" : " WHERE a.itemId = :item";
        var query = em.createQuery("SELECT a FROM AuditEntry a" + where + " ORDER BY a.at DESC, a.id DESC",
                AuditEntry.class);
        if (itemId != null) {
            query.setParameter("item", itemId);
        }
        return query.setFirstResult(Math.max(0, offset)).setMaxResults(Math.min(Math.max(1, limit), 500))
                .getResultList();
    }
}
