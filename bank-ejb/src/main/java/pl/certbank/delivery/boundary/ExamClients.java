package pl.certbank.delivery.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import pl.certbank.audit.control.AuditTrail;
import pl.certbank.audit.entity.Subject;
import pl.certbank.delivery.control.DeliveryTokens;
import pl.certbank.delivery.entity.DeliveryRefusal;
import pl.certbank.delivery.entity.ExamClient;
import pl.certbank.refusals.Refusal;
import pl.certbank.security.control.PasswordHashes;
import pl.certbank.security.entity.Roles;

/**
 * Exam centres' clients, kept by publishers and administrators. A secret is shown once, when it is made (creation,
 * rotation); the bank keeps only its bcrypt hash. Rotation and revocation refuse the client's earlier tokens at once.
 */
@Stateless
@RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
public class ExamClients {

    /** Compared against when no client has the id asked for, so that an unknown id costs what a wrong secret does. */
    static final String DUMMY_HASH = PasswordHashes.hash("no such client");
    private static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,58}[a-z0-9]");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    DeliveryTokens tokens;

    @Inject
    AuditTrail audit;

    /** A client and the secret just made for it (shown once, never stored). */
    public record WithSecret(ExamClient client, String secret) {
    }

    public List<ExamClient> list() {
        return em.createNamedQuery(ExamClient.ALL, ExamClient.class).getResultList();
    }

    public ExamClient find(long id) {
        ExamClient client = em.find(ExamClient.class, id);
        if (client == null) {
            throw Refusal.of(DeliveryRefusal.CLIENT_NOT_FOUND, id);
        }
        return client;
    }

    public WithSecret create(String clientId, String name) {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw Refusal.of(DeliveryRefusal.CLIENT_ID, clientId == null ? "" : clientId);
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw Refusal.of(DeliveryRefusal.NAME);
        }
        if (!em.createNamedQuery(ExamClient.BY_CLIENT_ID, ExamClient.class).setParameter("clientId", clientId)
                .getResultList().isEmpty()) {
            throw Refusal.of(DeliveryRefusal.CLIENT_ID_TAKEN, clientId);
        }
        String secret = newSecret();
        ExamClient client = new ExamClient(clientId, name.strip(), PasswordHashes.hash(secret), actor());
        em.persist(client);
        em.flush();
        tokens.known(client);
        audit.record(actor(), "EXAM_CLIENT_CREATED", subject(client), 1, null, clientId);
        return new WithSecret(client, secret);
    }

    public WithSecret rotate(long id) {
        ExamClient client = locked(id);
        String secret = newSecret();
        client.rotate(PasswordHashes.hash(secret));
        tokens.known(client);
        audit.record(actor(), "EXAM_CLIENT_ROTATED", subject(client), client.getCredentialNumber(), null, null);
        return new WithSecret(client, secret);
    }

    public ExamClient revoke(long id) {
        ExamClient client = locked(id);
        if (client.isRevoked()) {
            throw Refusal.of(DeliveryRefusal.CLIENT_REVOKED, client.getClientId());
        }
        client.revoke(actor());
        tokens.known(client);
        audit.record(actor(), "EXAM_CLIENT_REVOKED", subject(client), client.getCredentialNumber(), null, null);
        return client;
    }

    private ExamClient locked(long id) {
        ExamClient client = em.find(ExamClient.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (client == null) {
            throw Refusal.of(DeliveryRefusal.CLIENT_NOT_FOUND, id);
        }
        return client;
    }

    static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Subject subject(ExamClient client) {
        return new Subject(Subject.Kind.EXAM_CLIENT, client.getId());
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }
}
