package pl.certbank.delivery.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import pl.certbank.assembly.entity.TestForm;
import pl.certbank.delivery.entity.ExamSession;
import pl.certbank.publishing.control.Snapshots;
import pl.certbank.publishing.entity.FormVariant;

/**
 * What the exam-start burst reads on every call, kept per node so that a variant is served without a query: each
 * session's centre, window, mode and form state (read again after {@value #FRESH_MILLIS} ms, so a rescheduled window
 * or a withdrawn form counts within that time), and each snapshot's named variant payloads (sealed: kept for good).
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Windows {

    static final long FRESH_MILLIS = 2_000;

    /** A session as delivery checks it. */
    public record Window(long id, long client, long snapshot, String formCode, OffsetDateTime opens,
            OffsetDateTime closes, ExamSession.Mode mode, boolean withdrawn, long readAt) {

        /** The session as it stands in the database (read at {@code readAt}, milliseconds). */
        public static Window of(ExamSession session, long readAt) {
            return new Window(session.getId(), session.getClient().getId(), session.getSnapshot().getId(),
                    session.getSnapshot().getFormCode(), session.getOpensAt(), session.getClosesAt(),
                    session.getMode(), TestForm.WITHDRAWN.equals(session.getSnapshot().getForm().getStatus()), readAt);
        }

        public boolean isOpenAt(OffsetDateTime moment) {
            return !moment.isBefore(opens) && moment.isBefore(closes);
        }
    }

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    Snapshots snapshots;

    private final Map<Long, Window> windows = new ConcurrentHashMap<>();
    private final Map<String, Snapshots.Payload> named = new ConcurrentHashMap<>();
    /** The names named variants can have (A ... Z). */
    private static final java.util.regex.Pattern NAMED = java.util.regex.Pattern.compile("[A-Z]{1,2}");

    /** The session's window, fresh within {@value #FRESH_MILLIS} ms; empty when there is no such session. */
    public Optional<Window> of(long sessionId) {
        long now = System.currentTimeMillis();
        Window known = windows.get(sessionId);
        if (known != null && now - known.readAt() < FRESH_MILLIS) {
            return Optional.of(known);
        }
        ExamSession session = em.find(ExamSession.class, sessionId);
        if (session == null) {
            return Optional.empty();
        }
        Window read = Window.of(session, now);
        windows.put(sessionId, read);
        return Optional.of(read);
    }

    /** A named variant's payload of a snapshot; empty when it has no variant of that name. */
    public Optional<Snapshots.Payload> named(long snapshotId, String name) {
        if (name == null || !NAMED.matcher(name).matches()) {
            return Optional.empty();
        }
        String key = snapshotId + "/" + name;
        Snapshots.Payload known = named.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        // only what exists is kept (a miss is not: any name a client sends would otherwise stay in memory)
        Optional<Snapshots.Payload> read = em.createQuery("SELECT v FROM FormVariant v WHERE v.snapshot.id = :s "
                + "AND v.name = :n", FormVariant.class).setParameter("s", snapshotId).setParameter("n", name)
                .getResultStream().findFirst().map(snapshots::payload);
        read.ifPresent(payload -> named.put(key, payload));
        return read;
    }
}
