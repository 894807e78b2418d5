package pl.certbank.assembly.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import pl.certbank.assembly.entity.AssemblyRefusal;
import pl.certbank.assembly.entity.TestForm;
import pl.certbank.refusals.Refusal;
import pl.certbank.security.entity.Roles;

/** Reading forms. Printers see published forms only: they print what the commission released, nothing else. */
@Stateless
@RolesAllowed({Roles.DESIGNER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN, Roles.PRINTER})
public class Forms {

    @PersistenceContext
    EntityManager em;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext caller;

    public List<TestForm> list() {
        if (printerOnly()) {
            return em.createNamedQuery(TestForm.ALL_PUBLISHED, TestForm.class).getResultList();
        }
        return em.createNamedQuery(TestForm.ALL, TestForm.class).setMaxResults(500).getResultList();
    }

    public TestForm find(long id) {
        TestForm form = em.find(TestForm.class, id);
        if (form == null || (printerOnly() && !TestForm.PUBLISHED.equals(form.getStatus()))) {
            throw Refusal.of(AssemblyRefusal.FORM_NOT_FOUND, id);
        }
        form.getSlots().forEach(s -> s.getVersion().criterionCodes());
        return form;
    }

    private boolean printerOnly() {
        return caller.isCallerInRole(Roles.PRINTER) && !caller.isCallerInRole(Roles.DESIGNER)
                && !caller.isCallerInRole(Roles.REVIEWER) && !caller.isCallerInRole(Roles.PUBLISHER)
                && !caller.isCallerInRole(Roles.ADMIN);
    }
}
