package pl.certbank.delivery.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import pl.certbank.assembly.entity.TestForm;
import pl.certbank.audit.control.AuditTrail;
import pl.certbank.audit.entity.Subject;
import pl.certbank.delivery.entity.DeliveryRefusal;
import pl.certbank.delivery.entity.ExamClient;
import pl.certbank.delivery.entity.ExamSession;
import pl.certbank.publishing.entity.FormSnapshot;
import pl.certbank.publishing.entity.PublishingRefusal;
import pl.certbank.refusals.Refusal;
import pl.certbank.security.entity.Roles;

/** Exam sessions, scheduled by publishers and administrators: a published form, an exam centre, a window. */
@Stateless
@RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
public class ExamSessions {

    public static final int MAX_DAYS = 31;
    public static final int MAX_CANDIDATES = 100_000;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    AuditTrail audit;

    /** What a publisher asks for. */
    public record Schedule(long form, long client, String name, OffsetDateTime opens, OffsetDateTime closes,
            int expectedCandidates, ExamSession.Mode mode) {
    }

    public List<ExamSession> list() {
        return em.createNamedQuery(ExamSession.ALL, ExamSession.class).setMaxResults(500).getResultList();
    }

    public ExamSession find(long id) {
        ExamSession session = em.find(ExamSession.class, id);
        if (session == null) {
            throw Refusal.of(DeliveryRefusal.SESSION_NOT_FOUND, id);
        }
        return session;
    }

    public ExamSession schedule(Schedule s) {
        if (s.name() == null || s.name().isBlank() || s.name().length() > 200) {
            throw Refusal.of(DeliveryRefusal.NAME);
        }
        if (s.opens() == null || s.closes() == null || !s.closes().isAfter(s.opens())
                || Duration.between(s.opens(), s.closes()).toDays() >= MAX_DAYS) {
            throw Refusal.of(DeliveryRefusal.WINDOW, MAX_DAYS);
        }
        if (s.expectedCandidates() < 1 || s.expectedCandidates() > MAX_CANDIDATES) {
            throw Refusal.of(DeliveryRefusal.CANDIDATES, MAX_CANDIDATES, s.expectedCandidates());
        }
        TestForm form = em.find(TestForm.class, s.form());
        if (form == null) {
            throw Refusal.of(PublishingRefusal.FORM_NOT_FOUND, s.form());
        }
        if (!TestForm.PUBLISHED.equals(form.getStatus())) {
            throw Refusal.of(DeliveryRefusal.FORM_NOT_PUBLISHED, form.getCode(), form.getStatus());
        }
        ExamClient client = em.find(ExamClient.class, s.client());
        if (client == null) {
            throw Refusal.of(DeliveryRefusal.CLIENT_NOT_FOUND, s.client());
        }
        if (client.isRevoked()) {
            throw Refusal.of(DeliveryRefusal.CLIENT_REVOKED, client.getClientId());
        }
        FormSnapshot snapshot = em.createNamedQuery(FormSnapshot.BY_FORM, FormSnapshot.class)
                .setParameter("form", form.getId()).getSingleResult();
        ExamSession session = new ExamSession(snapshot, client, s.name().strip(), s.opens(), s.closes(),
                s.expectedCandidates(), s.mode() == null ? ExamSession.Mode.ELECTRONIC : s.mode(), actor());
        em.persist(session);
        em.flush();
        audit.record(actor(), "SESSION_SCHEDULED", new Subject(Subject.Kind.SESSION, session.getId()), null, null,
                form.getCode() + " for " + client.getClientId() + " " + s.opens() + " – " + s.closes());
        return session;
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }
}
