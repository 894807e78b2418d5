package pl.certbank.delivery.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import pl.certbank.assembly.entity.TestForm;
import pl.certbank.delivery.control.DeliveryTokens;
import pl.certbank.delivery.control.Windows;
import pl.certbank.delivery.control.Scoring;
import pl.certbank.delivery.entity.AttemptScore;
import pl.certbank.delivery.entity.DeliveryRefusal;
import pl.certbank.delivery.entity.ExamAttempt;
import pl.certbank.delivery.entity.ExamClient;
import pl.certbank.delivery.entity.ExamSession;
import pl.certbank.delivery.entity.PersonalVariant;
import pl.certbank.publishing.control.CandidatePayload;
import pl.certbank.publishing.control.Variants;
import pl.certbank.items.entity.ItemImage;
import pl.certbank.publishing.control.Snapshot;
import pl.certbank.publishing.control.SnapshotHash;
import pl.certbank.publishing.control.Snapshots;
import pl.certbank.refusals.Refusal;
import pl.certbank.security.control.PasswordHashes;

/**
 * What exam clients do: get a token, list their sessions, fetch a session's variant and images inside its window,
 * submit a candidate's responses (idempotent by attempt id) and read the result. Exam clients are not bank users, so
 * no container role guards these methods: every one takes the {@link DeliveryTokens.Caller} that the web module's
 * token filter proved (or, for {@link #token}, checks the secret itself) and reads only that client's sessions.
 */
@Stateless
@PermitAll
public class Delivery {

    /** One provider, looked up once: {@code Json.create...} looks it up (a class-path scan) on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    private static final Pattern ATTEMPT = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    @PersistenceContext
    EntityManager em;

    @Inject
    DeliveryTokens tokens;

    @Inject
    Snapshots snapshots;

    @Inject
    Results results;

    @Inject
    Windows windows;

    /** A token for a client whose secret matches; refused alike for an unknown client and a wrong secret. */
    public String token(String clientId, String secret) {
        ExamClient client = em.createNamedQuery(ExamClient.BY_CLIENT_ID, ExamClient.class)
                .setParameter("clientId", clientId).getResultStream().findFirst().orElse(null);
        boolean matches = PasswordHashes.matches(secret, client == null ? ExamClients.DUMMY_HASH
                : client.getSecretHash());
        if (client == null || !matches || client.isRevoked()) {
            throw Refusal.of(DeliveryRefusal.BAD_CREDENTIALS);
        }
        return tokens.issue(client);
    }

    public List<ExamSession> sessions(DeliveryTokens.Caller caller) {
        return em.createNamedQuery(ExamSession.OF_CLIENT, ExamSession.class).setParameter("client", caller.id())
                .getResultList();
    }

    /** The names of the session's form's named variants. */
    public List<String> variants(ExamSession session) {
        return em.createQuery("SELECT v.name FROM FormVariant v WHERE v.snapshot.id = :s ORDER BY v.name",
                String.class).setParameter("s", session.getSnapshot().getId()).getResultList();
    }

    /**
     * The variant's payload (named, or a candidate's own), inside the session's window only. The hot path of the
     * exam-start burst: the window and the named payloads come from {@link Windows}, without a query.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
    public Snapshots.Payload variant(DeliveryTokens.Caller caller, long sessionId, String name) {
        Windows.Window window = windows.of(sessionId).filter(w -> w.client() == caller.id())
                .orElseThrow(() -> Refusal.of(DeliveryRefusal.SESSION_NOT_FOUND, sessionId));
        check(window);
        Optional<Snapshots.Payload> payload = windows.named(window.snapshot(), name);
        if (payload.isPresent()) {
            return payload.get();
        }
        return personal(em.getReference(ExamSession.class, sessionId), name).map(this::payload)
                .orElseThrow(() -> Refusal.of(DeliveryRefusal.NO_VARIANT, sessionId, name));
    }

    private static void check(Windows.Window window) {
        if (window.withdrawn()) {
            throw Refusal.of(DeliveryRefusal.WITHDRAWN, window.formCode(), window.id());
        }
        if (window.mode() == ExamSession.Mode.PAPER) {
            throw Refusal.of(DeliveryRefusal.PAPER, window.id());
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (!window.isOpenAt(now)) {
            throw Refusal.of(DeliveryRefusal.OUTSIDE_WINDOW, window.id(), window.opens(), window.closes(),
                    now.withNano(0));
        }
    }

    /**
     * The candidate's own variant in the session, made the first time it is asked for (a fresh seed, its payload
     * built once) and the same one every time after.
     */
    /** A candidate's own variant, and whether this call made it. */
    public record Personal(PersonalVariant variant, boolean created) {
    }

    public Personal personalVariant(DeliveryTokens.Caller caller, long sessionId, String candidate) {
        ExamSession session = open(caller, sessionId);
        if (candidate == null || candidate.isBlank() || candidate.length() > 100) {
            throw Refusal.of(DeliveryRefusal.CANDIDATE);
        }
        Optional<PersonalVariant> existing = em.createNamedQuery(PersonalVariant.BY_CANDIDATE, PersonalVariant.class)
                .setParameter("session", sessionId).setParameter("candidate", candidate).getResultStream().findFirst();
        if (existing.isPresent()) {
            return new Personal(existing.get(), false);
        }
        long seed = Variants.newSeed();
        Snapshot snapshot = snapshots.of(session.getSnapshot());
        PersonalVariant variant = new PersonalVariant(session, candidate, seed);
        em.persist(variant);
        // named after its own id (unique across the bank), so that candidates asking at once never collide
        String name = PersonalVariant.PREFIX + variant.getId();
        String payload = CandidatePayload.of(snapshot, session.getSnapshot().getContentHash(),
                Variants.of(name, seed, snapshot.arrangeable()));
        variant.seal(name, payload, SnapshotHash.of(payload));
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw Refusal.of(DeliveryRefusal.VARIANT_RACE, candidate);
        }
        return new Personal(variant, true);
    }

    public Snapshots.Payload payload(PersonalVariant variant) {
        return snapshots.payload(variant.getId(), variant.getPayload(), variant.getPayloadHash(),
                variant.getSession().getSnapshot().getFormCode());
    }

    private Optional<PersonalVariant> personal(ExamSession session, String name) {
        if (name == null || !name.startsWith(PersonalVariant.PREFIX)) {
            return Optional.empty();
        }
        return em.createNamedQuery(PersonalVariant.BY_NAME, PersonalVariant.class)
                .setParameter("session", session.getId()).setParameter("name", name).getResultStream().findFirst();
    }

    /** An image's type and bytes. */
    public record Image(String contentType, byte[] bytes) {
    }

    /** An image a form of one of the caller's open sessions shows. */
    public Image image(DeliveryTokens.Caller caller, long imageId) {
        OffsetDateTime now = OffsetDateTime.now();
        for (ExamSession session : sessions(caller)) {
            if (session.isOpenAt(now) && session.getMode() == ExamSession.Mode.ELECTRONIC
                    && snapshots.of(session.getSnapshot()).items().stream()
                            .anyMatch(i -> i.images().contains(imageId))) {
                ItemImage image = em.find(ItemImage.class, imageId);
                if (image != null) {
                    return new Image(image.getContentType(), em.createQuery("SELECT i.content FROM ItemImage i "
                            + "WHERE i.id = :id", byte[].class).setParameter("id", imageId).getSingleResult());
                }
            }
        }
        throw Refusal.of(DeliveryRefusal.IMAGE_NOT_FOUND, imageId);
    }

    /** An attempt and its first score; a resubmission returns them as they are, a different body is refused. */
    public record Submitted(ExamAttempt attempt, AttemptScore score, boolean created) {
    }

    public Submitted submit(DeliveryTokens.Caller caller, long sessionId, String attemptKey, String candidate,
            String variantName, JsonObject responses) {
        ExamSession session = session(caller, sessionId);
        if (attemptKey == null || !ATTEMPT.matcher(attemptKey).matches()) {
            throw Refusal.of(DeliveryRefusal.ATTEMPT_ID);
        }
        String requestHash = SnapshotHash.of(JSON.createObjectBuilder().add("candidate", candidate == null ? ""
                : candidate).add("variant", variantName == null ? "" : variantName).add("responses", responses)
                .build().toString());
        Optional<ExamAttempt> earlier = attempt(session, attemptKey);
        if (earlier.isPresent()) {
            return repeated(earlier.get(), requestHash);
        }
        session = open(caller, sessionId);
        if (candidate == null || candidate.isBlank() || candidate.length() > 100) {
            throw Refusal.of(DeliveryRefusal.CANDIDATE);
        }
        Optional<PersonalVariant> personal = personal(session, variantName);
        if (personal.isPresent() && !personal.get().getCandidate().equals(candidate)) {
            throw Refusal.of(DeliveryRefusal.VARIANT_OF_OTHER, variantName, candidate);
        } else if (personal.isEmpty()) {
            variant(session, variantName);
        }
        Snapshot snapshot = snapshots.of(session.getSnapshot());
        Scoring.check(snapshot, responses);
        // one attempt per candidate, and no more candidates than the session expects: an exam client cannot probe
        // the key with attempts of its own making
        if (!em.createQuery("SELECT a.attemptKey FROM ExamAttempt a WHERE a.session = :s AND a.candidate = :c",
                String.class).setParameter("s", session).setParameter("c", candidate).getResultList().isEmpty()) {
            throw Refusal.of(DeliveryRefusal.CANDIDATE_SUBMITTED, candidate, sessionId);
        }
        long attempts = em.createQuery("SELECT COUNT(a) FROM ExamAttempt a WHERE a.session = :s", Long.class)
                .setParameter("s", session).getSingleResult();
        if (attempts >= session.getExpectedCandidates()) {
            throw Refusal.of(DeliveryRefusal.SESSION_FULL, sessionId, session.getExpectedCandidates());
        }
        // scored under the form's lock, which an erratum takes too: no attempt is scored with errata half-written
        em.find(TestForm.class, session.getSnapshot().getForm().getId(),
                jakarta.persistence.LockModeType.PESSIMISTIC_READ);
        ExamAttempt attempt = new ExamAttempt(session, attemptKey, candidate, variantName, responses.toString(),
                requestHash);
        em.persist(attempt);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // the same attempt id at the same moment from another request: the caller asks again and gets its result
            throw Refusal.of(DeliveryRefusal.ATTEMPT_RACE, attemptKey);
        }
        return new Submitted(attempt, results.score(attempt, snapshot), true);
    }

    private Submitted repeated(ExamAttempt attempt, String requestHash) {
        if (!attempt.getRequestHash().equals(requestHash)) {
            throw Refusal.of(DeliveryRefusal.ATTEMPT_CONFLICT, attempt.getAttemptKey());
        }
        List<AttemptScore> scores = results.scores(attempt);
        return new Submitted(attempt, scores.get(scores.size() - 1), false);
    }

    /** An attempt of the caller's session and its scores (first as published, then after each erratum). */
    public ExamAttempt attempt(DeliveryTokens.Caller caller, long sessionId, String attemptKey) {
        ExamSession session = session(caller, sessionId);
        return attempt(session, attemptKey).orElseThrow(() -> Refusal.of(DeliveryRefusal.ATTEMPT_NOT_FOUND,
                sessionId, attemptKey));
    }

    private Optional<ExamAttempt> attempt(ExamSession session, String key) {
        return em.createNamedQuery(ExamAttempt.BY_KEY, ExamAttempt.class).setParameter("session", session.getId())
                .setParameter("key", key).getResultStream().findFirst();
    }

    /** The caller's session, whatever its window; another centre's is as unknown as one that does not exist. */
    public ExamSession session(DeliveryTokens.Caller caller, long sessionId) {
        ExamSession session = em.find(ExamSession.class, sessionId);
        if (session == null || session.getClient().getId() != caller.id()) {
            throw Refusal.of(DeliveryRefusal.SESSION_NOT_FOUND, sessionId);
        }
        return session;
    }

    /** The caller's session, read now (writes never go by the cached window), refused unless it is open. */
    private ExamSession open(DeliveryTokens.Caller caller, long sessionId) {
        ExamSession session = session(caller, sessionId);
        check(Windows.Window.of(session, System.currentTimeMillis()));
        return session;
    }

    /** Refused unless the session's form has a named variant of that name. */
    private void variant(ExamSession session, String name) {
        if (windows.named(session.getSnapshot().getId(), name).isEmpty()) {
            throw Refusal.of(DeliveryRefusal.NO_VARIANT, session.getId(), name);
        }
    }

    /** The attempt's newest score (after the last erratum applied to it). */
    public AttemptScore latest(ExamAttempt attempt) {
        List<AttemptScore> scores = results.scores(attempt);
        return scores.get(scores.size() - 1);
    }

    /** The responses an attempt was submitted with. */
    public static JsonObject responses(ExamAttempt attempt) {
        return JSON.createReader(new StringReader(attempt.getResponses())).readObject();
    }
}
