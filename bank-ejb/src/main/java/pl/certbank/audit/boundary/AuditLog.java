package pl.certbank.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import pl.certbank.audit.entity.AuditEntry;
import pl.certbank.audit.entity.Subject;
import pl.certbank.security.entity.Roles;

/** Reading the audit trail: administrators only. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    /** Newest first; {@code subject} null means every subject. */
    public List<AuditEntry> entries(Subject subject, int offset, int limit) {
        String where = subject == null ? "" : " WHERE a.subjectKind = :kind AND a.subjectId = :id";
        var query = em.createQuery("SELECT a FROM AuditEntry a" + where + " ORDER BY a.at DESC, a.id DESC",
                AuditEntry.class);
        if (subject != null) {
            query.setParameter("kind", subject.kind()).setParameter("id", subject.id());
        }
        return query.setFirstResult(Math.max(0, offset)).setMaxResults(Math.min(Math.max(1, limit), 500))
                .getResultList();
    }
}
