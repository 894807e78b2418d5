package pl.certbank.web.delivery.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.OffsetDateTime;
import pl.certbank.delivery.boundary.Delivery;
import pl.certbank.delivery.control.DeliveryTokens;
import pl.certbank.delivery.entity.AttemptScore;
import pl.certbank.delivery.entity.DeliveryRefusal;
import pl.certbank.delivery.entity.ExamSession;
import pl.certbank.input.JsonInput;
import pl.certbank.publishing.control.Snapshots;
import pl.certbank.refusals.Refusal;

/**
 * /bank/api/v1/delivery: the exam clients' API. {@code POST token} (OAuth 2.0 client credentials, form fields) gives
 * a bearer token; everything else needs it. A variant's payload is the bytes built at publication, with a strong
 * entity tag and {@code Cache-Control: private, max-age, immutable}; a submission is idempotent by its attempt id.
 */
@Path("v1/delivery")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    /** How long an exam centre may keep a variant without asking again (it never changes). */
    static final int CACHE_SECONDS = 86_400;

    @Inject
    Delivery delivery;

    @Inject
    ExamClientCaller proved;

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
            @FormParam("client_secret") String secret) {
        if (!"client_credentials".equals(grantType)) {
            throw Refusal.of(DeliveryRefusal.TOKEN_GRANT);
        }
        if (clientId == null || secret == null || clientId.isEmpty() || secret.isEmpty() || clientId.length() > 100
                || secret.length() > 200) {
            throw Refusal.of(DeliveryRefusal.TOKEN_CLIENT);
        }
        String token;
        try {
            token = delivery.token(clientId, secret);
        } catch (Refusal refusal) {
            // RFC 6749 5.2: a client that fails to authenticate gets 401
            throw new jakarta.ws.rs.NotAuthorizedException("Unknown client or wrong secret",
                    "Basic realm=\"CertBank delivery\"");
        }
        CacheControl none = new CacheControl();
        none.setNoStore(true);
        return Response.ok(Json.createObjectBuilder().add("access_token", token).add("token_type", "Bearer")
                .add("expires_in", DeliveryTokens.LIFETIME_SECONDS).build()).cacheControl(none)
                .header("Pragma", "no-cache").build();
    }

    @GET
    @Path("sessions")
    @BearerToken
    public JsonValue sessions() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        delivery.sessions(caller()).forEach(s -> array.add(session(s)));
        return array.build();
    }

    @GET
    @Path("sessions/{session}")
    @BearerToken
    public JsonObject session(@PathParam("session") long id) {
        return session(delivery.session(caller(), id));
    }

    @GET
    @Path("sessions/{session}/variants/{name}")
    @BearerToken
    public Response variant(@PathParam("session") long id, @PathParam("name") String name,
            @Context Request request) {
        Snapshots.Payload payload = delivery.variant(caller(), id, name);
        EntityTag tag = EntityTag.valueOf(payload.etag());
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(CACHE_SECONDS);
        cache.getCacheExtension().put("immutable", null);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        return Response.ok(payload.bytes(), MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(cache).build();
    }

    @GET
    @Path("images/{image}")
    @BearerToken
    @Produces({"image/png", "image/jpeg", "image/gif", "image/webp", MediaType.APPLICATION_JSON})
    public Response image(@PathParam("image") long id) {
        Delivery.Image image = delivery.image(caller(), id);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(CACHE_SECONDS);
        return Response.ok(image.bytes(), image.contentType()).cacheControl(cache).build();
    }

    /**
     * One candidate's responses: {@code {"attempt": "...", "candidate": "...", "variant": "A", "responses":
     * {"<item reference>": <response>}}}. 201 with the result the first time, 200 with the same result for the same
     * body again, 409 for another body under the same attempt id.
     */
    @POST
    @Path("sessions/{session}/attempts")
    @BearerToken
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("session") long id, JsonValue body) {
        JsonInput json = JsonInput.strict(body);
        String attempt = json.string("attempt");
        String candidate = json.string("candidate");
        String variant = json.string("variant");
        JsonObject responses = json.raw("responses");
        json.require("attempt", "candidate", "variant", "responses");
        json.done();
        Delivery.Submitted submitted;
        try {
            submitted = delivery.submit(caller(), id, attempt, candidate, variant, responses);
        } catch (Refusal refusal) {
            if (!refusal.is(DeliveryRefusal.ATTEMPT_RACE)) {
                throw refusal;
            }
            submitted = delivery.submit(caller(), id, attempt, candidate, variant, responses);
        }
        return Response.status(submitted.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(result(submitted.attempt().getAttemptKey(), submitted.score())).build();
    }

    @GET
    @Path("sessions/{session}/attempts/{attempt}")
    @BearerToken
    public JsonObject attempt(@PathParam("session") long id, @PathParam("attempt") String key) {
        var attempt = delivery.attempt(caller(), id, key);
        return result(key, delivery.latest(attempt));
    }

    static JsonObject result(String attempt, AttemptScore score) {
        return Json.createObjectBuilder().add("attempt", attempt).add("scoredAt", score.getScoredAt().toString())
                .add("result", Json.createReader(new StringReader(score.getBreakdown())).readObject()).build();
    }

    private JsonObject session(ExamSession s) {
        JsonArrayBuilder variants = Json.createArrayBuilder();
        delivery.variants(s).forEach(v -> variants.add(v.getName()));
        OffsetDateTime now = OffsetDateTime.now();
        String state = now.isBefore(s.getOpensAt()) ? "UPCOMING" : s.isOpenAt(now) ? "OPEN" : "CLOSED";
        return Json.createObjectBuilder().add("id", s.getId()).add("name", s.getName())
                .add("form", s.getSnapshot().getFormCode()).add("snapshotHash", s.getSnapshot().getContentHash())
                .add("opensAt", s.getOpensAt().toString()).add("closesAt", s.getClosesAt().toString())
                .add("state", state).add("mode", s.getMode().name())
                .add("expectedCandidates", s.getExpectedCandidates()).add("variants", variants).build();
    }

    private DeliveryTokens.Caller caller() {
        return proved.get();
    }
}
