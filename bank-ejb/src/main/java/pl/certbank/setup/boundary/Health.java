package pl.certbank.setup.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/** Whether the bank can serve: the database answers and the schema is migrated. Open to anyone (load balancers). */
@Stateless
@PermitAll
public class Health {

    @PersistenceContext
    EntityManager em;

    @EJB
    Startup startup;

    public boolean databaseUp() {
        try {
            em.createNativeQuery("SELECT 1").getSingleResult();
            return true;
        } catch (PersistenceException e) {
            return false;
        }
    }

    public String schemaVersion() {
        return startup.schemaVersion();
    }
}
