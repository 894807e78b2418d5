package pl.certbank.setup.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;
import java.util.Map;
import java.util.Set;
import pl.certbank.assembly.control.Demand;
import pl.certbank.assembly.control.Demands;
import pl.certbank.assembly.control.FormsCheck;
import pl.certbank.blueprints.entity.BlueprintRules;
import pl.certbank.assembly.control.GreedyForms;
import pl.certbank.assembly.control.Candidate;
import pl.certbank.assembly.control.ItemPool;
import pl.certbank.assembly.entity.TestForm;
import pl.certbank.audit.control.AuditTrail;
import pl.certbank.audit.entity.Subject;
import pl.certbank.blueprints.entity.Blueprint;
import pl.certbank.delivery.entity.ExamClient;
import pl.certbank.delivery.entity.ExamSession;
import pl.certbank.items.entity.ItemVersion;
import pl.certbank.publishing.control.Sealing;
import pl.certbank.publishing.entity.FormSnapshot;
import pl.certbank.security.control.PasswordHashes;

/**
 * Demo mode: one form of the demo blueprint, drafted by the demo designer and published by the demo publisher with
 * four variants, and a session of it for the demo exam centre (client id and secret {@value #CLIENT}) whose window is
 * reopened around the present at every start, so that a newcomer can fetch and submit at once; and a paper session
 * of the same form for ten candidates, which a printer prints and scans back.
 */
@Dependent
public class DemoPublication {

    static final String CODE = "CRM-PRK4-DEMO-1";
    static final String CLIENT = "exam-client";
    static final String SESSION = "Sesja demonstracyjna";
    static final String PAPER_SESSION = "Sesja demonstracyjna – papier";
    private static final Logger LOG = Logger.getLogger(DemoPublication.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ItemPool items;

    @Inject
    Sealing sealing;

    @Inject
    AuditTrail audit;

    public void load() {
        FormSnapshot snapshot = em.createQuery("SELECT s FROM FormSnapshot s WHERE s.formCode = :c",
                FormSnapshot.class).setParameter("c", CODE).getResultStream().findFirst().orElseGet(this::publish);
        if (snapshot == null) {
            return;
        }
        ExamClient client = em.createNamedQuery(ExamClient.BY_CLIENT_ID, ExamClient.class)
                .setParameter("clientId", CLIENT).getResultStream().findFirst().orElseGet(() -> {
                    ExamClient made = new ExamClient(CLIENT, "Demonstracyjny ośrodek egzaminacyjny",
                            PasswordHashes.hash(CLIENT), "publisher");
                    em.persist(made);
                    LOG.warning(() -> "DEMO MODE: created the exam client '" + CLIENT + "' with secret '" + CLIENT
                            + "'");
                    return made;
                });
        OffsetDateTime now = OffsetDateTime.now().withNano(0);
        ExamSession session = session(client, snapshot, SESSION);
        if (session == null) {
            session = new ExamSession(snapshot, client, SESSION, now.minusHours(1), now.plusHours(12), 30,
                    ExamSession.Mode.ELECTRONIC, "publisher");
            em.persist(session);
        } else {
            session.reschedule(now.minusHours(1), now.plusHours(12));
        }
        // the paper session of the same form, for printers: its candidates' copies are printed and scanned back
        ExamSession paper = session(client, snapshot, PAPER_SESSION);
        if (paper == null) {
            paper = new ExamSession(snapshot, client, PAPER_SESSION, now.minusHours(1), now.plusHours(12), 10,
                    ExamSession.Mode.PAPER, "publisher");
            em.persist(paper);
        } else {
            paper.reschedule(now.minusHours(1), now.plusHours(12));
        }
        ExamSession opened = session;
        LOG.warning(() -> "DEMO MODE: session " + opened.getId() + " of form " + CODE + " is open to '" + CLIENT
                + "' until " + opened.getClosesAt());
    }

    private ExamSession session(ExamClient client, FormSnapshot snapshot, String name) {
        return em.createQuery("SELECT s FROM ExamSession s WHERE s.client = :c AND s.snapshot = :s AND s.name = :n",
                ExamSession.class).setParameter("c", client).setParameter("s", snapshot).setParameter("n", name)
                .getResultStream().findFirst().orElse(null);
    }

    private FormSnapshot publish() {
        Blueprint blueprint = em.createQuery("SELECT b FROM Blueprint b ORDER BY b.id", Blueprint.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (blueprint == null) {
            return null;
        }
        // the pool read in this transaction, which wrote the demo items (RunSteps reads in a transaction of its own)
        List<Candidate> pool = items.of(blueprint.getQualification(), Set.of());
        BlueprintRules rules = blueprint.getLatestVersion().rules();
        BlueprintRules one = new BlueprintRules(rules.itemsPerForm(), rules.timeLimitMinutes(), rules.passMark(),
                rules.cells(), rules.facility(), 1, rules.itemsPerForm(), Math.max(1, rules.maxUses()), 0,
                rules.scoring());
        Demand demand = Demands.of(one, Set.of(), Map.of());
        List<List<Long>> forms = GreedyForms.construct(demand, pool);
        List<FormsCheck.Violation> violations = FormsCheck.violations(demand, pool, forms);
        if (forms.isEmpty() || !violations.isEmpty()) {
            LOG.warning(() -> "DEMO MODE: the demo bank (" + pool.size() + " candidates) does not fill "
                    + "the demo blueprint (" + violations + "); no form is published");
            return null;
        }
        TestForm form = new TestForm(blueprint.getLatestVersion(), CODE, blueprint.getName() + " – demo",
                "designer");
        for (Long item : forms.get(0)) {
            long version = pool.stream().filter(c -> c.itemId() == item).findFirst().orElseThrow()
                    .versionId();
            form.add(em.find(ItemVersion.class, version));
        }
        em.persist(form);
        form.freeze("designer");
        Sealing.Published published = sealing.seal(form, 4, "publisher");
        em.flush();
        audit.record("publisher", "FORM_PUBLISHED", new Subject(Subject.Kind.FORM, form.getId()), null,
                TestForm.FROZEN, TestForm.PUBLISHED + " " + published.snapshot().getContentHash());
        LOG.warning(() -> "DEMO MODE: published form " + CODE + " with variants A–D");
        return published.snapshot();
    }
}
