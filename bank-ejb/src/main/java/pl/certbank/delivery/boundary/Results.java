package pl.certbank.delivery.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import pl.certbank.delivery.control.ResultJson;
import pl.certbank.delivery.control.Scoring;
import pl.certbank.delivery.entity.AttemptScore;
import pl.certbank.delivery.entity.DeliveryRefusal;
import pl.certbank.delivery.entity.ExamAttempt;
import pl.certbank.delivery.entity.ExamSession;
import pl.certbank.delivery.entity.PersonalVariant;
import pl.certbank.publishing.control.Variants;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.AnswerJson;
import pl.certbank.publishing.control.Snapshot;
import pl.certbank.publishing.control.Snapshots;
import pl.certbank.publishing.control.Variant;
import pl.certbank.publishing.entity.Erratum;
import pl.certbank.publishing.entity.ErratumAdded;
import pl.certbank.refusals.Refusal;
import pl.certbank.security.entity.Roles;

/**
 * Scores and results. An attempt is scored when it arrives with the errata its form has then; an erratum rescores
 * every attempt of its form, appending a score (both are kept and shown). Staff read results per session.
 */
@Stateless
@RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
public class Results {

    /** One provider, looked up once: {@code Json.create...} looks it up (a class-path scan) on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    @PersistenceContext
    EntityManager em;

    @Inject
    Snapshots snapshots;

    /** Scores a new attempt with every erratum its form has. */
    @PermitAll
    public AttemptScore score(ExamAttempt attempt, Snapshot snapshot) {
        List<Erratum> errata = errata(attempt.getSession().getSnapshot().getId());
        return append(attempt, snapshot, errata);
    }

    /** The score an attempt got when it arrived. */
    @PermitAll
    public AttemptScore first(ExamAttempt attempt) {
        return scores(attempt).get(0);
    }

    @PermitAll
    public List<AttemptScore> scores(ExamAttempt attempt) {
        return em.createNamedQuery(AttemptScore.OF_ATTEMPT, AttemptScore.class).setParameter("attempt",
                attempt.getId()).getResultList();
    }

    /** Rescores every attempt of the erratum's form (in the erratum's transaction). */
    @PermitAll
    public void rescore(@Observes ErratumAdded added) {
        List<Erratum> errata = errata(added.snapshotId());
        List<ExamAttempt> attempts = em.createQuery("SELECT a FROM ExamAttempt a WHERE a.session.snapshot.id = :s "
                + "ORDER BY a.id", ExamAttempt.class).setParameter("s", added.snapshotId()).getResultList();
        for (ExamAttempt attempt : attempts) {
            append(attempt, snapshots.of(attempt.getSession().getSnapshot()), errata);
        }
    }

    public ExamSession session(long id) {
        ExamSession session = em.find(ExamSession.class, id);
        if (session == null) {
            throw Refusal.of(DeliveryRefusal.SESSION_NOT_FOUND, id);
        }
        return session;
    }

    /** A session's attempts, in the order they arrived. */
    public List<ExamAttempt> attempts(long sessionId) {
        session(sessionId);
        return em.createNamedQuery(ExamAttempt.OF_SESSION, ExamAttempt.class).setParameter("session", sessionId)
                .getResultList();
    }

    /** A session's scores, attempt by attempt, each attempt's in the order they were given. */
    public List<AttemptScore> sessionScores(long sessionId) {
        session(sessionId);
        return em.createNamedQuery(AttemptScore.OF_SESSION, AttemptScore.class).setParameter("session", sessionId)
                .getResultList();
    }

    public ExamAttempt attempt(long sessionId, String key) {
        return em.createNamedQuery(ExamAttempt.BY_KEY, ExamAttempt.class).setParameter("session", sessionId)
                .setParameter("key", key).getResultStream().findFirst()
                .orElseThrow(() -> Refusal.of(DeliveryRefusal.ATTEMPT_NOT_FOUND, sessionId, key));
    }

    /**
     * The appeal replay of an attempt: the snapshot (hash checked), the variant recomputed from its seed, and the
     * responses scored again with every erratum; {@code matchesStored} says whether that equals the newest stored score.
     */
    public record Replay(Snapshot snapshot, Variant variant, Scoring.Scored scored, int errataApplied,
            boolean matchesStored, boolean payloadMatches) {
    }

    public Replay replay(ExamAttempt attempt) {
        Snapshot snapshot = snapshots.of(attempt.getSession().getSnapshot());
        Variant variant = snapshot.variant(attempt.getVariantName()).or(() -> em.createNamedQuery(
                PersonalVariant.BY_NAME, PersonalVariant.class).setParameter("session", attempt.getSession().getId())
                .setParameter("name", attempt.getVariantName()).getResultStream().findFirst()
                .map(p -> Variants.of(p.getName(), p.getSeed(), snapshot.arrangeable())))
                .orElseThrow(() -> Refusal.of(DeliveryRefusal.NO_VARIANT, attempt.getSession().getId(),
                        attempt.getVariantName()));
        List<Erratum> errata = errata(attempt.getSession().getSnapshot().getId());
        Scoring.Scored scored = Scoring.score(snapshot, corrections(snapshot, errata), Delivery.responses(attempt));
        List<AttemptScore> stored = scores(attempt);
        boolean matches = ResultJson.of(scored, errata.size()).toString()
                .equals(stored.get(stored.size() - 1).getBreakdown());
        // what the candidate saw, rebuilt from the snapshot and the seed, must be the payload they were served
        String seen = pl.certbank.publishing.control.SnapshotHash.of(pl.certbank.publishing.control.CandidatePayload
                .of(snapshot, attempt.getSession().getSnapshot().getContentHash(), variant));
        String served = em.createQuery("SELECT v.payloadHash FROM FormVariant v WHERE v.snapshot = :s AND v.name = :n",
                String.class).setParameter("s", attempt.getSession().getSnapshot())
                .setParameter("n", variant.name()).getResultStream().findFirst()
                .or(() -> em.createQuery("SELECT p.payloadHash FROM PersonalVariant p WHERE p.session = :s AND "
                        + "p.name = :n", String.class).setParameter("s", attempt.getSession())
                        .setParameter("n", variant.name()).getResultStream().findFirst())
                .orElse("");
        return new Replay(snapshot, variant, scored, errata.size(), matches, seen.equals(served));
    }

    private static List<Map.Entry<Integer, Answer>> corrections(Snapshot snapshot, List<Erratum> errata) {
        return errata.stream().<Map.Entry<Integer, Answer>>map(e -> new AbstractMap.SimpleEntry<>(e.getPosition(),
                AnswerJson.read(snapshot.items().get(e.getPosition() - 1).type(), e.getAnswer()))).toList();
    }

    private AttemptScore append(ExamAttempt attempt, Snapshot snapshot, List<Erratum> errata) {
        Scoring.Scored scored = Scoring.score(snapshot, corrections(snapshot, errata), Delivery.responses(attempt));
        AttemptScore score = new AttemptScore(attempt, errata.size(), scored.sheet().total().points(),
                scored.sheet().total().maximum(), scored.sheet().passed(),
                ResultJson.of(scored, errata.size()).toString());
        em.persist(score);
        return score;
    }

    private List<Erratum> errata(long snapshotId) {
        return em.createNamedQuery(Erratum.OF_SNAPSHOT, Erratum.class).setParameter("snapshot", snapshotId)
                .getResultList();
    }
}
