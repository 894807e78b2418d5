package pl.certbank.publishing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import pl.certbank.assembly.boundary.AssemblyRuns;
import pl.certbank.assembly.control.FormsCheck;
import pl.certbank.assembly.entity.TestForm;
import pl.certbank.audit.control.AuditTrail;
import pl.certbank.audit.entity.Subject;
import pl.certbank.publishing.control.Snapshot;
import pl.certbank.publishing.control.QtiPackage;
import pl.certbank.publishing.control.Sealing;
import pl.certbank.publishing.control.Snapshots;
import pl.certbank.publishing.control.Variant;
import pl.certbank.publishing.entity.FormSnapshot;
import pl.certbank.publishing.entity.Erratum;
import pl.certbank.publishing.entity.ErratumAdded;
import pl.certbank.publishing.entity.FormVariant;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.AnswerJson;
import pl.certbank.publishing.entity.PublishingRefusal;
import pl.certbank.refusals.Refusal;
import pl.certbank.security.entity.Roles;

/**
 * A form's way from draft to published and withdrawn. Freezing stops edits and shows the coverage check; publishing
 * (a publisher, never the form's designer) seals the snapshot and builds each named variant's candidate payload once;
 * withdrawal keeps everything for results and appeals.
 */
@Stateless
@RolesAllowed({Roles.DESIGNER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
public class Publishing {

    /** At most this many named variants per form (A to Z). */
    public static final int MAX_VARIANTS = 26;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    AssemblyRuns runs;

    @Inject
    Snapshots snapshots;

    @Inject
    Sealing sealing;

    @Inject
    AuditTrail audit;

    @Inject
    jakarta.enterprise.event.Event<ErratumAdded> added;

    /** A frozen form and what the coverage check found against its blueprint. */
    public record Frozen(TestForm form, List<FormsCheck.Violation> violations) {
    }

    @RolesAllowed({Roles.DESIGNER, Roles.PUBLISHER, Roles.ADMIN})
    public Frozen freeze(long formId) {
        TestForm form = locked(formId);
        status(form, TestForm.DRAFT);
        if (form.getSlots().isEmpty()) {
            throw Refusal.of(PublishingRefusal.EMPTY_FORM, form.getCode());
        }
        form.freeze(actor());
        audit.record(actor(), "FORM_FROZEN", subject(form), null, TestForm.DRAFT, TestForm.FROZEN);
        return new Frozen(form, runs.check(form));
    }

    /** A frozen form back to a draft; whoever does it becomes its last editor (and cannot publish it). */
    @RolesAllowed({Roles.DESIGNER, Roles.PUBLISHER, Roles.ADMIN})
    public TestForm unfreeze(long formId) {
        TestForm form = locked(formId);
        status(form, TestForm.FROZEN);
        form.unfreeze(actor());
        audit.record(actor(), "FORM_UNFROZEN", subject(form), null, TestForm.FROZEN, TestForm.DRAFT);
        return form;
    }

    /** The coverage check of a form against its blueprint, as it stands. */
    public List<FormsCheck.Violation> check(long formId) {
        return runs.check(form(formId));
    }

    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    public Sealing.Published publish(long formId, int variantCount) {
        if (variantCount < 1 || variantCount > MAX_VARIANTS) {
            throw Refusal.of(PublishingRefusal.VARIANTS, MAX_VARIANTS, variantCount);
        }
        TestForm form = locked(formId);
        status(form, TestForm.FROZEN);
        if (actor().equals(form.getDesigner())) {
            throw Refusal.of(PublishingRefusal.OWN_FORM, actor(), form.getCode());
        }
        Sealing.Published published = sealing.seal(form, variantCount, actor());
        audit.record(actor(), "FORM_PUBLISHED", subject(form), null, TestForm.FROZEN,
                TestForm.PUBLISHED + " " + published.snapshot().getContentHash());
        return published;
    }

    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    public TestForm withdraw(long formId, String reason) {
        reason(reason);
        TestForm form = locked(formId);
        status(form, TestForm.PUBLISHED);
        form.withdraw(actor(), reason);
        audit.record(actor(), "FORM_WITHDRAWN", subject(form), null, TestForm.PUBLISHED, reason);
        return form;
    }

    /**
     * Corrects the key of the item at {@code position} (1-based form order) of a published or withdrawn form: an
     * erratum appended beside the snapshot; every attempt of the form is rescored, its earlier scores kept.
     */
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    public Erratum correct(long formId, int position, Answer corrected, String reason) {
        reason(reason);
        TestForm form = locked(formId);
        FormSnapshot sealed = snapshotOf(form).orElseThrow(() -> Refusal.of(PublishingRefusal.NOT_PUBLISHED,
                form.getCode()));
        Snapshot snapshot = snapshots.of(sealed);
        if (position < 1 || position > snapshot.items().size()) {
            throw Refusal.of(PublishingRefusal.POSITION, form.getCode(), position);
        }
        Snapshot.Item item = snapshot.items().get(position - 1);
        if (corrected == null || corrected.type() != item.type()) {
            throw Refusal.of(PublishingRefusal.ERRATUM_INVALID, item.type());
        }
        if (!corrected.violations().isEmpty()) {
            throw Refusal.invalid(PublishingRefusal.ERRATUM_INVALID, corrected.violations(), item.type());
        }
        if (!corrected.candidateView().equals(item.view())) {
            throw Refusal.of(PublishingRefusal.ERRATUM_VIEW, position);
        }
        List<Erratum> earlier = errata(sealed);
        Answer current = earlier.stream().filter(e -> e.getPosition() == position).reduce((a, b) -> b)
                .map(e -> AnswerJson.read(item.type(), e.getAnswer())).orElse(item.answer());
        if (current.key().equals(corrected.key())) {
            throw Refusal.of(PublishingRefusal.ERRATUM_SAME, position);
        }
        Erratum erratum = new Erratum(sealed, earlier.size() + 1, position, AnswerJson.write(corrected),
                reason.strip(), actor());
        em.persist(erratum);
        em.flush();
        audit.record(actor(), "ERRATUM_ADDED", subject(form), erratum.getSequenceNumber(),
                AnswerJson.write(current), erratum.getAnswer() + " – " + erratum.getReason());
        added.fire(new ErratumAdded(sealed.getId(), erratum.getSequenceNumber()));
        return erratum;
    }

    public List<Erratum> errata(FormSnapshot snapshot) {
        return em.createNamedQuery(Erratum.OF_SNAPSHOT, Erratum.class).setParameter("snapshot", snapshot.getId())
                .getResultList();
    }

    /** The published form's sealed snapshot, hash checked; refused for a form that was never published. */
    public Sealing.Published published(long formId) {
        TestForm form = form(formId);
        FormSnapshot snapshot = snapshotOf(form).orElseThrow(() -> Refusal.of(PublishingRefusal.NOT_PUBLISHED,
                form.getCode()));
        snapshots.of(snapshot);
        return new Sealing.Published(form, snapshot,
                em.createNamedQuery(FormVariant.OF_SNAPSHOT, FormVariant.class)
                        .setParameter("snapshot", snapshot.getId()).getResultList());
    }

    /** The content of a published form's snapshot (hash checked), keys included: for staff, never exam clients. */
    public Snapshot content(FormSnapshot snapshot) {
        return snapshots.of(snapshot);
    }

    /** One named variant's candidate payload, as exam clients get it (a preview for staff). */
    public Snapshots.Payload variant(long formId, String name) {
        Sealing.Published published = published(formId);
        return published.variants().stream().filter(v -> v.getName().equals(name)).findFirst()
                .map(snapshots::payload)
                .orElseThrow(() -> Refusal.of(PublishingRefusal.NO_VARIANT, published.form().getCode(), name));
    }

    /** A named variant as a QTI 3.0 content package (keys included: it is for staff and for other tools). */
    public byte[] qti(long formId, String name) {
        Sealing.Published published = published(formId);
        Snapshot snapshot = snapshots.of(published.snapshot());
        Variant variant = snapshot.variant(name).orElseThrow(() -> Refusal.of(PublishingRefusal.NO_VARIANT,
                published.form().getCode(), name));
        java.util.Map<Long, QtiPackage.Image> images = new java.util.HashMap<>();
        snapshot.items().stream().flatMap(i -> i.images().stream()).distinct().forEach(id -> {
            pl.certbank.items.entity.ItemImage image = em.find(pl.certbank.items.entity.ItemImage.class, id);
            if (image != null) {
                images.put(id, new QtiPackage.Image(image.getContentType(), em.createQuery(
                        "SELECT i.content FROM ItemImage i WHERE i.id = :id", byte[].class).setParameter("id", id)
                        .getSingleResult()));
            }
        });
        return QtiPackage.write(snapshot, variant, images);
    }

    Optional<FormSnapshot> snapshotOf(TestForm form) {
        return em.createNamedQuery(FormSnapshot.BY_FORM, FormSnapshot.class).setParameter("form", form.getId())
                .getResultStream().findFirst();
    }

    private TestForm form(long id) {
        TestForm form = em.find(TestForm.class, id);
        if (form == null) {
            throw Refusal.of(PublishingRefusal.FORM_NOT_FOUND, id);
        }
        return form;
    }

    private TestForm locked(long id) {
        TestForm form = em.find(TestForm.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (form == null) {
            throw Refusal.of(PublishingRefusal.FORM_NOT_FOUND, id);
        }
        return form;
    }

    /** The longest reason of a withdrawal or an erratum (the columns' size). */
    public static final int MAX_REASON = 2000;

    private static void reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw Refusal.of(PublishingRefusal.REASON_NEEDED);
        }
        if (reason.length() > MAX_REASON) {
            throw Refusal.of(PublishingRefusal.REASON_TOO_LONG, MAX_REASON, reason.length());
        }
    }

    private static void status(TestForm form, String needed) {
        if (!needed.equals(form.getStatus())) {
            throw Refusal.of(PublishingRefusal.WRONG_STATUS, form.getCode(), form.getStatus(), needed);
        }
    }

    private static Subject subject(TestForm form) {
        return new Subject(Subject.Kind.FORM, form.getId());
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }
}
