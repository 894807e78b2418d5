package pl.certbank.delivery.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import pl.certbank.delivery.entity.ExamClient;
import pl.certbank.delivery.entity.TokenKey;

/**
 * Exam clients' bearer tokens: compact JWTs (RFC 7519) signed with HMAC-SHA256 by the installation's key, naming the
 * client and the credential they were issued for, valid {@link #LIFETIME_SECONDS} seconds. Checking one costs an HMAC
 * and a map lookup, no password hash and no query once the client is known: the state of each client (credential,
 * revoked) is kept here and changed at once by rotation and revocation, so a revoked client's token fails on its next
 * call. (Per node: a cluster must share these changes; docs/adr/0012.)
 */
@Singleton
@jakarta.annotation.security.PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DeliveryTokens {

    /** One provider, looked up once: {@code Json.create...} looks it up (a class-path scan) on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    public static final int LIFETIME_SECONDS = 900;
    static final String ISSUER = "certbank";
    static final String AUDIENCE = "certbank-delivery";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

    /** Who a valid token speaks for. */
    public record Caller(long id, String clientId) {
    }

    private record State(long id, int credential, boolean revoked) {
    }

    @PersistenceContext
    EntityManager em;

    private final Map<Long, byte[]> keys = new ConcurrentHashMap<>();
    private final Map<String, State> clients = new ConcurrentHashMap<>();
    private volatile Long newestKey;

    /** A fresh token for the client (whose secret the caller has checked). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public String issue(ExamClient client) {
        long kid = newestKey();
        long now = Instant.now().getEpochSecond();
        String header = JSON.createObjectBuilder().add("alg", "HS256").add("typ", "JWT").add("kid", String.valueOf(kid))
                .build().toString();
        String claims = JSON.createObjectBuilder().add("iss", ISSUER).add("aud", AUDIENCE)
                .add("sub", client.getClientId()).add("cn", client.getCredentialNumber()).add("iat", now)
                .add("exp", now + LIFETIME_SECONDS).add("jti", UUID.randomUUID().toString()).build().toString();
        String signed = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        return signed + "." + B64.encodeToString(mac(keys.get(kid), signed));
    }

    /** The caller a token speaks for, or empty when it is malformed, forged, expired, rotated or revoked. */
    public Optional<Caller> verify(String token) {
        try {
            String[] parts = token.split("\\.", -1);
            if (parts.length != 3) {
                return Optional.empty();
            }
            JsonObject header = json(parts[0]);
            if (!"HS256".equals(header.getString("alg", ""))
                    || !(header.get("kid") instanceof jakarta.json.JsonString)) {
                return Optional.empty();
            }
            byte[] key = key(Long.parseLong(header.getString("kid")));
            if (key == null || !MessageDigest.isEqual(mac(key, parts[0] + "." + parts[1]), UNB64.decode(parts[2]))) {
                return Optional.empty();
            }
            JsonObject claims = json(parts[1]);
            if (!ISSUER.equals(claims.getString("iss", "")) || !AUDIENCE.equals(claims.getString("aud", ""))
                    || claims.getJsonNumber("exp") == null
                    || claims.getJsonNumber("exp").longValue() <= Instant.now().getEpochSecond()) {
                return Optional.empty();
            }
            String clientId = claims.getString("sub", "");
            State state = clients.computeIfAbsent(clientId, this::load);
            if (state == null || state.revoked() || claims.getJsonNumber("cn") == null
                    || claims.getJsonNumber("cn").intValue() != state.credential()) {
                return Optional.empty();
            }
            return Optional.of(new Caller(state.id(), clientId));
        } catch (IllegalArgumentException | JsonException | ClassCastException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** A client's credential changed (created, rotated, revoked): tokens follow at once. */
    public void known(ExamClient client) {
        State given = new State(client.getId(), client.getCredentialNumber(), client.isRevoked());
        // a state read before a revocation never undoes it: only a newer credential (a rotation) may
        clients.merge(client.getClientId(), given, (old, neu) -> neu.credential() > old.credential() ? neu
                : new State(old.id(), old.credential(), old.revoked() || neu.revoked()));
    }

    private State load(String clientId) {
        return em.createNamedQuery(ExamClient.BY_CLIENT_ID, ExamClient.class).setParameter("clientId", clientId)
                .getResultStream().findFirst()
                .map(c -> new State(c.getId(), c.getCredentialNumber(), c.isRevoked())).orElse(null);
    }

    private static JsonObject json(String part) {
        JsonValue value = JSON.createReader(new StringReader(new String(UNB64.decode(part), StandardCharsets.UTF_8)))
                .readValue();
        return (JsonObject) value;
    }

    /** Called by {@link #issue}, in its transaction (the key is written at the first issue). */
    private long newestKey() {
        Long kid = newestKey;
        if (kid != null) {
            return kid;
        }
        TokenKey key = em.createNamedQuery(TokenKey.NEWEST, TokenKey.class).setMaxResults(1).getResultStream()
                .findFirst().orElse(null);
        if (key == null) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            key = new TokenKey(Base64.getEncoder().encodeToString(secret));
            em.persist(key);
            em.flush();
        }
        keys.put(key.getId(), Base64.getDecoder().decode(key.getSecret()));
        newestKey = key.getId();
        return key.getId();
    }

    private byte[] key(long kid) {
        return keys.computeIfAbsent(kid, id -> {
            TokenKey key = em.find(TokenKey.class, id);
            return key == null ? null : Base64.getDecoder().decode(key.getSecret());
        });
    }

    private static byte[] mac(byte[] key, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
