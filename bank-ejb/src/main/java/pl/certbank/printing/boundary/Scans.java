package pl.certbank.printing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pl.certbank.assembly.entity.TestForm;
import pl.certbank.audit.control.AuditTrail;
import pl.certbank.audit.entity.Subject;
import pl.certbank.delivery.boundary.Results;
import pl.certbank.delivery.entity.ExamAttempt;
import pl.certbank.items.entity.ItemType;
import pl.certbank.printing.control.Mark;
import pl.certbank.printing.control.PaperResponses;
import pl.certbank.printing.control.PrintBundle;
import pl.certbank.printing.control.ScanImages;
import pl.certbank.printing.control.SheetCode;
import pl.certbank.printing.control.SheetLayout;
import pl.certbank.printing.control.SheetReader;
import pl.certbank.printing.entity.PrintCopy;
import pl.certbank.printing.entity.PrintingRefusal;
import pl.certbank.printing.entity.ScanDecision;
import pl.certbank.printing.entity.ScannedImage;
import pl.certbank.printing.entity.ScannedPage;
import pl.certbank.publishing.control.Snapshot;
import pl.certbank.publishing.control.SnapshotHash;
import pl.certbank.publishing.control.Snapshots;
import pl.certbank.publishing.control.Variant;
import pl.certbank.publishing.control.Variants;
import pl.certbank.publishing.entity.FormSnapshot;
import pl.certbank.refusals.Refusal;
import pl.certbank.security.entity.Roles;

/**
 * Scanned answer sheets: pages are matched to their copy by the QR code (never by file order), every bubble's darkness
 * is measured and stored, marks are classified by {@link Mark}'s thresholds, and a copy is scored by the delivery
 * scoring code, stored as an attempt of its session, once all its pages are in and the commission has decided every
 * ambiguous mark and transcribed every short answer. Printers upload; deciding is the commission's (publisher, admin).
 */
@Stateless
@RolesAllowed({Roles.PRINTER, Roles.PUBLISHER, Roles.ADMIN})
public class Scans {

    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();
    /** The attempt id of a scored paper copy. */
    public static final String ATTEMPT_PREFIX = "paper-";
    public static final int MAX_ANSWER_TEXT = 1000;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    Snapshots snapshots;

    @Inject
    Results results;

    @Inject
    AuditTrail audit;

    /** Where a copy is. */
    public enum CopyState {
        /** Some of its sheet's pages are not scanned yet. */
        WAITING_PAGES,
        /** Ambiguous marks or short answers wait for the commission. */
        NEEDS_REVIEW,
        /** Scored and stored as an attempt of its session. */
        SCORED,
        /** A copy of a form job, outside any session: read, not stored as a result. */
        READ_ONLY
    }

    /** What became of one uploaded page. */
    public record Outcome(int index, String source, String status, Long pageId, Long jobId, Long copyId,
            Integer sheet, Integer page, Integer pages, int marked, int ambiguous, int cancelled, String problem,
            CopyState copyState) {
    }

    /**
     * Reads every page of an upload, one page at a time, stores what it found, and scores the copies now complete.
     * Each copy a page names is locked before its pages are replaced, so two uploads of one copy never both score it.
     */
    public List<Outcome> upload(String name, byte[] bytes) {
        String upload = clean(name == null || name.isBlank() ? "scan" : name);
        Map<Long, Optional<Copy>> copies = new HashMap<>();
        Map<String, Optional<Form>> forms = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        Map<Long, PrintCopy> touched = new LinkedHashMap<>();
        int[] index = {0};
        ScanImages.each(upload, bytes, image -> {
            index[0]++;
            outcomes.add(page(index[0], image, copies, forms, touched));
        });
        Map<Long, CopyState> states = new HashMap<>();
        for (PrintCopy copy : touched.values()) {
            states.put(copy.getId(), settle(copy));
        }
        audit.record(actor(), "SCANS_UPLOADED", new Subject(Subject.Kind.PRINT_JOB, touched.isEmpty() ? 0
                : touched.values().iterator().next().getJob().getId()), null, null, outcomes.size() + " pages of "
                        + upload + ", " + touched.size() + " copies");
        return outcomes.stream().map(o -> o.copyId() != null && states.containsKey(o.copyId())
                ? new Outcome(o.index(), o.source(), o.status(), o.pageId(), o.jobId(), o.copyId(), o.sheet(),
                        o.page(), o.pages(), o.marked(), o.ambiguous(), o.cancelled(), o.problem(),
                        states.get(o.copyId()))
                : o).toList();
    }

    private Outcome page(int index, ScanImages.Page image, Map<Long, Optional<Copy>> copies,
            Map<String, Optional<Form>> forms, Map<Long, PrintCopy> touched) {
        SheetReader.Reading reading;
        try {
            reading = new SheetReader().read(image.image(), code -> layout(code, copies, forms));
        } catch (RuntimeException e) {
            // a reader library's failure on one odd page flags that page; the upload's other pages go on
            reading = new SheetReader.Reading(SheetReader.Status.NO_QR, null, null, null, null,
                    image.image().getWidth(), image.image().getHeight(), false, "the page could not be read: "
                            + e.getClass().getSimpleName());
        }
        String status = reading.status().name();
        SheetCode code = reading.code();
        PrintCopy copy = null;
        if ("READ".equals(status) && code != null && code.copyId().isPresent()) {
            copy = copies.get(code.copyId().get()).map(Copy::copy).orElse(null);
        }
        int marked = 0;
        int ambiguous = 0;
        int cancelled = 0;
        double[] darkness = reading.darkness();
        if (darkness != null) {
            for (double d : darkness) {
                switch (Mark.of(d)) {
                    case MARKED -> marked++;
                    case AMBIGUOUS -> ambiguous++;
                    case CANCELLED -> cancelled++;
                    default -> {
                    }
                }
            }
        }
        if (copy != null) {
            copy = em.find(PrintCopy.class, copy.getId(), LockModeType.PESSIMISTIC_WRITE);
            em.refresh(copy);
            if (copy.getAttempt() != null) {
                return new Outcome(index, image.source(), "COPY_SCORED", null, copy.getJob().getId(), copy.getId(),
                        copy.getNumber(), code.page(), code.pages(), marked, ambiguous, cancelled,
                        "copy " + copy.getNumber() + " was scored already; the new scan is not used", CopyState.SCORED);
            }
            for (ScannedPage earlier : em.createNamedQuery(ScannedPage.CURRENT_OF_COPY, ScannedPage.class)
                    .setParameter("copy", copy.getId()).getResultList()) {
                if (earlier.getPageNumber() == code.page()) {
                    earlier.replaced();
                }
            }
        }
        // a foreign code's text is kept only as far as it is printable
        String qr = reading.qrText() == null ? null : clean(reading.qrText());
        ScannedPage page = new ScannedPage(copy, code != null && "READ".equals(status) ? code.page() : null, status, qr,
                reading.problem() == null ? null : clean(reading.problem()), clean(image.source()),
                PrintBundle.sha256(image.stored()), reading.width(), reading.height(),
                reading.homography() == null ? null : json(reading.homography(), 6),
                darkness == null ? null : json(darkness, 4), reading.upsideDown(), actor());
        em.persist(page);
        em.flush();
        ScannedImage stored = new ScannedImage(page.getId(), image.stored());
        em.persist(stored);
        em.flush();
        // written: let go of the bytes, so that a long upload holds one page's image at a time
        em.detach(stored);
        CopyState state = null;
        if (copy != null) {
            touched.put(copy.getId(), copy);
        } else if ("READ".equals(status)) {
            state = CopyState.READ_ONLY;
        }
        return new Outcome(index, page.getSource(), status, page.getId(), copy == null ? null : copy.getJob().getId(),
                copy == null ? null : copy.getId(), copy == null ? null : copy.getNumber(),
                code == null ? null : code.page(), code == null ? null : code.pages(), marked, ambiguous, cancelled,
                page.getProblem(), state);
    }

    /** Printable text only: no control characters (PostgreSQL refuses NUL), at most 200 characters. */
    static String clean(String text) {
        String printable = text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}]", "?");
        return printable.length() > 200 ? printable.substring(0, 200) : printable;
    }

    /** A copy of a job as a scan needs it: its snapshot, arrangement and sheet layout. */
    record Copy(PrintCopy copy, Snapshot snapshot, Variant variant, List<SheetLayout.Page> layout) {
    }

    /** A form's named variant as a scan needs it. */
    record Form(Snapshot snapshot, String hash) {
    }

    private Optional<SheetLayout.Page> layout(SheetCode code, Map<Long, Optional<Copy>> copies,
            Map<String, Optional<Form>> forms) {
        if (code.copyId().isPresent()) {
            Optional<Copy> copy = copies.computeIfAbsent(code.copyId().get(), this::copy);
            return copy.filter(c -> c.copy().getJob().getSnapshot().getFormCode().equals(code.form())
                    && c.copy().getJob().getSnapshot().getContentHash().startsWith(code.hash())
                    && c.layout().size() == code.pages() && code.page() >= 1 && code.page() <= code.pages())
                    .map(c -> c.layout().get(code.page() - 1));
        }
        if (code.variant().isPresent()) {
            Optional<Form> form = forms.computeIfAbsent(code.form(), this::form);
            return form.filter(f -> f.hash().startsWith(code.hash()))
                    .flatMap(f -> f.snapshot().variant(code.variant().get()))
                    .map(v -> SheetLayout.of(form.get().snapshot(), v))
                    .filter(l -> l.size() == code.pages() && code.page() >= 1 && code.page() <= code.pages())
                    .map(l -> l.get(code.page() - 1));
        }
        return Optional.empty();
    }

    private Optional<Copy> copy(long id) {
        PrintCopy copy = em.find(PrintCopy.class, id);
        if (copy == null) {
            return Optional.empty();
        }
        Snapshot snapshot = snapshots.of(copy.getJob().getSnapshot());
        Variant variant = Variants.of(copy.getVariantName(), copy.getSeed(), snapshot.arrangeable());
        return Optional.of(new Copy(copy, snapshot, variant, SheetLayout.of(snapshot, variant)));
    }

    private Optional<Form> form(String code) {
        return em.createQuery("SELECT s FROM FormSnapshot s WHERE s.formCode = :c", FormSnapshot.class)
                .setParameter("c", code).getResultStream().findFirst()
                .map(s -> new Form(snapshots.of(s), s.getContentHash()));
    }

    /** What the commission sees of a page: the layout, every bubble's darkness and final mark, and the copy. */
    public record Review(ScannedPage page, PrintCopy copy, SheetLayout.Page layout, double[] darkness,
            double[] homography, List<Mark> marks, Map<Integer, String> decided, Map<Integer, String> answers,
            List<SheetLayout.Block> shortAnswers, List<PaperResponses.Pending> pending, CopyState state,
            Snapshot snapshot, Variant variant) {
    }

    public ScannedPage page(long id) {
        ScannedPage page = em.find(ScannedPage.class, id);
        if (page == null) {
            throw Refusal.of(PrintingRefusal.PAGE_NOT_FOUND, id);
        }
        return page;
    }

    /** The scanned pages a paper attempt was scored from (none for an attempt submitted on screen). */
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    public List<ScannedPage> pagesOf(ExamAttempt attempt) {
        return em.createQuery("SELECT p FROM ScannedPage p WHERE p.copy.attempt = :a AND p.current = TRUE "
                + "ORDER BY p.pageNumber", ScannedPage.class).setParameter("a", attempt).getResultList();
    }

    /** A scanned page's image bytes, as uploaded. */
    public byte[] image(long pageId) {
        ScannedImage image = em.find(ScannedImage.class, pageId);
        if (image == null) {
            throw Refusal.of(PrintingRefusal.PAGE_NOT_FOUND, pageId);
        }
        return image.getContent();
    }

    public List<ScannedPage> recent(int max) {
        return em.createNamedQuery(ScannedPage.RECENT, ScannedPage.class).setMaxResults(max).getResultList();
    }

    /** The pages still waiting for the commission: read pages of unscored copies with something pending. */
    public List<ScannedPage> queue() {
        List<ScannedPage> queue = new ArrayList<>();
        for (ScannedPage page : em.createQuery("SELECT p FROM ScannedPage p WHERE p.current = TRUE AND p.copy IS NOT "
                + "NULL AND p.copy.attempt IS NULL ORDER BY p.uploadedAt, p.id", ScannedPage.class).setMaxResults(500)
                .getResultList()) {
            Review review = review(page.getId());
            if (review.pending().stream().anyMatch(p -> p.page() == page.getPageNumber())) {
                queue.add(page);
            }
        }
        return queue;
    }

    public Review review(long pageId) {
        ScannedPage page = page(pageId);
        double[] darkness = page.getDarkness() == null ? new double[0] : numbers(page.getDarkness());
        double[] homography = page.getHomography() == null ? null : numbers(page.getHomography());
        PrintCopy copy = page.getCopy();
        if (copy == null) {
            Optional<SheetCode> code = page.getQrText() == null ? Optional.empty() : SheetCode.parse(page
                    .getQrText());
            SheetLayout.Page layout = null;
            Snapshot snapshot = null;
            Variant variant = null;
            if ("READ".equals(page.getStatus()) && code.isPresent() && code.get().variant().isPresent()) {
                Optional<Form> form = form(code.get().form());
                if (form.isPresent()) {
                    snapshot = form.get().snapshot();
                    variant = snapshot.variant(code.get().variant().get()).orElse(null);
                    layout = variant == null ? null : SheetLayout.of(snapshot, variant).get(code.get().page() - 1);
                }
            }
            List<Mark> marks = new ArrayList<>();
            for (double d : darkness) {
                marks.add(Mark.of(d));
            }
            return new Review(page, null, layout, darkness, homography, marks, Map.of(), Map.of(), List.of(),
                    List.of(), "READ".equals(page.getStatus()) ? CopyState.READ_ONLY : null, snapshot, variant);
        }
        Copy c = copy(copy.getId()).orElseThrow();
        SheetLayout.Page layout = c.layout().get(page.getPageNumber() - 1);
        Map<Integer, String> decided = new HashMap<>();
        Map<Integer, String> answers = new HashMap<>();
        for (ScanDecision d : em.createNamedQuery(ScanDecision.OF_PAGE, ScanDecision.class)
                .setParameter("page", page.getId()).getResultList()) {
            if (d.getBubble() != null) {
                decided.put(d.getBubble(), d.getMark());
            } else {
                answers.put(d.getFormPosition(), d.getAnswerText());
            }
        }
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < darkness.length; i++) {
            marks.add(decided.containsKey(i) ? Mark.valueOf(decided.get(i)) : Mark.of(darkness[i]));
        }
        List<SheetLayout.Block> shortAnswers = layout.blocks().stream()
                .filter(b -> b.type() == ItemType.SHORT_ANSWER).toList();
        PaperResponses.Read read = read(c);
        CopyState state = copy.getAttempt() != null ? CopyState.SCORED : copy.getPersonalVariant() == null
                ? CopyState.READ_ONLY : read.pending().stream().anyMatch(p -> p.bubble() == -1 && p.formPosition() < 0)
                        ? CopyState.WAITING_PAGES : read.complete() ? CopyState.SCORED : CopyState.NEEDS_REVIEW;
        return new Review(page, copy, layout, darkness, homography, marks, decided, answers, shortAnswers,
                read.pending(), state, c.snapshot(), c.variant());
    }

    /** The commission's decision on an ambiguous (or any) bubble: MARKED or EMPTY. Audited. */
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    public Review decide(long pageId, int bubble, String mark) {
        ScannedPage page = decidable(pageId);
        double[] darkness = numbers(page.getDarkness());
        if (bubble < 0 || bubble >= darkness.length) {
            throw Refusal.of(PrintingRefusal.BUBBLE, pageId, darkness.length - 1, bubble);
        }
        if (!"MARKED".equals(mark) && !"EMPTY".equals(mark)) {
            throw Refusal.of(PrintingRefusal.MARK, mark);
        }
        em.persist(ScanDecision.mark(page, bubble, mark, actor()));
        audit.record(actor(), "SCAN_MARK_DECIDED", new Subject(Subject.Kind.PRINT_JOB, page.getCopy().getJob()
                .getId()), null, "page " + pageId + " bubble " + bubble + ": " + Mark.of(darkness[bubble]) + " ("
                        + darkness[bubble] + ")",
                mark);
        em.flush();
        settle(page.getCopy());
        return review(pageId);
    }

    /** The commission's transcription of a short answer (blank: nothing written). Audited. */
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    public Review transcribe(long pageId, int formPosition, String text) {
        ScannedPage page = decidable(pageId);
        Review review = review(pageId);
        if (review.shortAnswers().stream().noneMatch(b -> b.formPosition() == formPosition)) {
            throw Refusal.of(PrintingRefusal.NOT_SHORT_ANSWER, formPosition + 1, pageId);
        }
        String value = text == null ? "" : text.strip();
        if (value.length() > MAX_ANSWER_TEXT) {
            throw Refusal.of(PrintingRefusal.ANSWER_TEXT, MAX_ANSWER_TEXT);
        }
        em.persist(ScanDecision.answer(page, formPosition, value, actor()));
        audit.record(actor(), "SCAN_ANSWER_TRANSCRIBED", new Subject(Subject.Kind.PRINT_JOB, page.getCopy()
                .getJob().getId()), null, "page " + pageId + " item " + (formPosition + 1), value);
        em.flush();
        settle(page.getCopy());
        return review(pageId);
    }

    private ScannedPage decidable(long pageId) {
        ScannedPage page = page(pageId);
        if (!"READ".equals(page.getStatus()) || page.getCopy() == null) {
            throw Refusal.of(PrintingRefusal.PAGE_NOT_READ, pageId, page.getStatus());
        }
        // the copy's lock first (uploads take it too), then the page and the copy as they are now
        PrintCopy copy = em.find(PrintCopy.class, page.getCopy().getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(copy);
        em.refresh(page);
        if (!page.isCurrent()) {
            throw Refusal.of(PrintingRefusal.PAGE_REPLACED, pageId);
        }
        if (copy.getAttempt() != null) {
            throw Refusal.of(PrintingRefusal.COPY_SCORED, copy.getNumber(), copy.getAttempt().getAttemptKey());
        }
        return page;
    }

    /** The copy's responses from its current pages and the decisions on them. */
    private PaperResponses.Read read(Copy c) {
        Map<Integer, PaperResponses.PageMarks> marks = new HashMap<>();
        Map<Integer, String> answers = new HashMap<>();
        for (ScannedPage page : em.createNamedQuery(ScannedPage.CURRENT_OF_COPY, ScannedPage.class)
                .setParameter("copy", c.copy().getId()).getResultList()) {
            if (!"READ".equals(page.getStatus())) {
                continue;
            }
            double[] darkness = numbers(page.getDarkness());
            Map<Integer, String> decided = new HashMap<>();
            for (ScanDecision d : em.createNamedQuery(ScanDecision.OF_PAGE, ScanDecision.class)
                    .setParameter("page", page.getId()).getResultList()) {
                if (d.getBubble() != null) {
                    decided.put(d.getBubble(), d.getMark());
                } else {
                    answers.put(d.getFormPosition(), d.getAnswerText());
                }
            }
            marks.put(page.getPageNumber(), bubble -> decided.containsKey(bubble) ? Mark.valueOf(decided.get(bubble))
                    : bubble < darkness.length ? Mark.of(darkness[bubble]) : Mark.EMPTY);
        }
        return PaperResponses.of(c.snapshot(), c.layout(), marks, answers);
    }

    /** Scores the copy if it is a session's and nothing is missing or pending; its state after. */
    private CopyState settle(PrintCopy copy) {
        if (copy.getAttempt() != null) {
            return CopyState.SCORED;
        }
        if (copy.getPersonalVariant() == null) {
            return CopyState.READ_ONLY;
        }
        Copy c = copy(copy.getId()).orElseThrow();
        PaperResponses.Read read = read(c);
        if (read.pending().stream().anyMatch(p -> p.bubble() == -1 && p.formPosition() < 0)) {
            return CopyState.WAITING_PAGES;
        }
        if (!read.complete()) {
            return CopyState.NEEDS_REVIEW;
        }
        var session = copy.getJob().getSession();
        // scored under the form's lock, which an erratum takes too (as electronic submissions are)
        em.find(TestForm.class, session.getSnapshot().getForm().getId(), LockModeType.PESSIMISTIC_READ);
        String responses = read.responses().toString();
        String hash = SnapshotHash.of(JSON.createObjectBuilder().add("candidate", copy.getSlot())
                .add("variant", copy.getVariantName()).add("responses", read.responses()).build().toString());
        ExamAttempt attempt = new ExamAttempt(session, ATTEMPT_PREFIX + copy.getId(), copy.getSlot(),
                copy.getVariantName(), responses, hash);
        em.persist(attempt);
        em.flush();
        results.score(attempt, c.snapshot());
        copy.scored(attempt, read.candidateId());
        audit.record(actor(), "PAPER_COPY_SCORED", new Subject(Subject.Kind.SESSION, session.getId()), null, null,
                "copy " + copy.getNumber() + " (" + copy.getSlot() + ") as attempt " + attempt.getAttemptKey());
        return CopyState.SCORED;
    }

    static String json(double[] values, int decimals) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        double scale = Math.pow(10, decimals);
        for (double v : values) {
            array.add(Math.round(v * scale) / scale);
        }
        return array.build().toString();
    }

    static double[] numbers(String json) {
        JsonArray array = JSON.createReader(new StringReader(json)).readArray();
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = ((JsonNumber) array.get(i)).doubleValue();
        }
        return values;
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }
}
