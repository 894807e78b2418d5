package pl.certbank.web.delivery.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import pl.certbank.printing.boundary.Printing;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    /** One provider, looked up once: {@code Json.create...} looks it up (a class-path scan) on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    static final String SUBMISSION_EXAMPLE = "{\"attempt\": \"a-001\", \"candidate\": \"K-001\", \"variant\": \"A\", "
            + "\"responses\": {\"CRM-PRK4-0001\": {\"selected\": [\"o2\"]}, \"CRM-PRK4-0007\": {\"answer\": true}, "
            + "\"CRM-PRK4-0012\": {\"matches\": {\"p1\": \"r3\", \"p2\": \"r1\"}}, \"CRM-PRK4-0020\": {\"order\": "
            + "[\"e2\", \"e1\", \"e3\"]}, \"CRM-PRK4-0031\": {\"text\": \"72\"}}}";
    static final String RESULT_EXAMPLE = "{\"attempt\": \"a-001\", \"scoredAt\": \"2026-12-02T10:15:00Z\", \"result\": "
            + "{\"errataApplied\": 0, \"passed\": false, \"total\": {\"points\": 14, \"maximum\": 30, \"percent\": "
            + "46.67}, \"passPercent\": 60, \"sets\": {\"Z1\": {\"points\": 9, \"maximum\": 13, \"percent\": 69.23}}, "
            + "\"shortfall\": {\"sets\": [\"Z2\"], \"outcomes\": [\"Z2.1\", \"Z2.3\"], \"criteria\": [\"Z2.1.2\"]}}}";
    static final String VARIANT_EXAMPLE = "{\"form\": \"CRM-PRK4-DEMO-1\", \"variant\": \"A\", \"snapshotHash\": "
            + "\"9f2c...\", \"timeLimitMinutes\": 45, \"items\": [{\"position\": 1, \"reference\": \"CRM-PRK4-0001\", "
            + "\"type\": \"SINGLE_CHOICE\", \"stem\": \"<p>...</p>\", \"points\": \"1\", \"answer\": {\"multiple\": "
            + "false, \"options\": [{\"id\": \"o3\", \"text\": \"...\"}, {\"id\": \"o1\", \"text\": \"...\"}]}}]}";

    /** The OpenAPI shape of a submission; responses are keyed by item reference, each in its type's shape. */
    @Schema(name = "Submission")
    public record Submission(@Schema(maxLength = 100, pattern = "[A-Za-z0-9._-]{1,100}") String attempt,
            @Schema(maxLength = 100) String candidate, @Schema(example = "A") String variant,
            @Schema(description = "item reference → response") java.util.Map<String, Object> responses) {
    }

    /** How long an exam centre may keep a variant without asking again (it never changes). */
    static final int CACHE_SECONDS = 86_400;

    @Inject
    Delivery delivery;

    @Inject
    pl.certbank.printing.boundary.Printing printing;

    @Inject
    ExamClientCaller proved;

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "OAuth 2.0 client credentials: a bearer token for an exam client")
    @APIResponse(responseCode = "200", description = "The token", content = @Content(examples = @ExampleObject(
            name = "token", value = "{\"access_token\": \"eyJhbGciOiJIUzI1NiJ9...\", \"token_type\": \"Bearer\", "
                    + "\"expires_in\": 900}")))
    @APIResponse(responseCode = "401", description = "Unknown client, wrong secret or revoked")
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
        return Response.ok(JSON.createObjectBuilder().add("access_token", token).add("token_type", "Bearer")
                .add("expires_in", DeliveryTokens.LIFETIME_SECONDS).build()).cacheControl(none)
                .header("Pragma", "no-cache").build();
    }

    @GET
    @Path("sessions")
    @BearerToken
    public JsonValue sessions() {
        JsonArrayBuilder array = JSON.createArrayBuilder();
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
    @Operation(summary = "A variant of the session's form as candidates see it (no keys); cacheable, immutable")
    @APIResponse(responseCode = "200", description = "The payload built at publication", content = @Content(
            examples = @ExampleObject(name = "variant", value = VARIANT_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "If-None-Match matched the ETag")
    @APIResponse(responseCode = "403", description = "Outside the session's window, naming it")
    @APIResponse(responseCode = "404", description = "Not this centre's session, or no such variant")
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

    /** A paper session's named variant as a question booklet (PDF), for the centre to print; no key. */
    @GET
    @Path("sessions/{session}/variants/{name}/booklet.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "A paper session's variant as a booklet to print (no key); screen sessions get no PDFs")
    @BearerToken
    public Response booklet(@PathParam("session") long id, @PathParam("name") String name) {
        return pl.certbank.web.api.PdfDownloads
                .of(printing.sessionDocument(caller(), id, name, Printing.Document.BOOKLET), name, "booklet");
    }

    /** A paper session's named variant's answer sheet (PDF), for the centre to print. */
    @GET
    @Path("sessions/{session}/variants/{name}/answer-sheet.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "A paper session's variant's answer sheet to print; screen sessions get no PDFs")
    @BearerToken
    public Response answerSheet(@PathParam("session") long id, @PathParam("name") String name) {
        return pl.certbank.web.api.PdfDownloads.of(
                printing.sessionDocument(caller(), id, name, Printing.Document.ANSWER_SHEET), name,
                "answer-sheet");
    }

    /**
     * A candidate's own variant: {@code {"candidate": "K-001"}} → 201 with its name ({@code P1}, ...) the first time,
     * 200 with the same one after; fetch it like a named variant and submit under its name.
     */
    @POST
    @Path("sessions/{session}/candidates")
    @BearerToken
    @Consumes(MediaType.APPLICATION_JSON)
    public Response personal(@PathParam("session") long id, JsonValue body) {
        JsonInput json = JsonInput.strict(body);
        String candidate = json.string("candidate");
        json.require("candidate");
        json.done();
        Delivery.Personal personal;
        try {
            personal = delivery.personalVariant(caller(), id, candidate);
        } catch (Refusal refusal) {
            if (!refusal.is(DeliveryRefusal.VARIANT_RACE)) {
                throw refusal;
            }
            personal = delivery.personalVariant(caller(), id, candidate);
        }
        var variant = personal.variant();
        return Response.status(personal.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(JSON.createObjectBuilder()
                        .add("candidate", variant.getCandidate()).add("variant", variant.getName())
                        .add("href", "/bank/api/v1/delivery/sessions/" + id + "/variants/" + variant.getName()).build())
                .build();
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
    @Operation(summary = "Submit one candidate's responses (idempotent by attempt id)")
    @APIResponse(responseCode = "201", description = "Scored; the result",
            content = @Content(examples = @ExampleObject(name = "result", value = RESULT_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Another body under the same attempt id")
    @APIResponse(responseCode = "400", description = "A response no item of the form can read, named")
    @APIResponse(responseCode = "403", description = "Outside the session's window, naming it")
    public Response submit(@PathParam("session") long id, @RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Submission.class),
            examples = @ExampleObject(name = "submission", value = SUBMISSION_EXAMPLE))) JsonValue body) {
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

    /**
     * A result as an exam client gets it: the total, the verdict, the pass mark and the shares per outcome set and
     * learning outcome, with the sets and outcomes that fell short; never points per item or per criterion, from
     * which repeated attempts could tell the key (staff read those in /exam-sessions/{id}/results).
     */
    static JsonObject result(String attempt, AttemptScore score) {
        JsonObject breakdown = JSON.createReader(new StringReader(score.getBreakdown())).readObject();
        JsonObject shortfall = breakdown.getJsonObject("shortfall");
        var shown = JSON.createObjectBuilder(breakdown).remove("items").remove("criteria")
                .add("shortfall", JSON.createObjectBuilder().add("sets", shortfall.getJsonArray("sets"))
                        .add("outcomes", shortfall.getJsonArray("outcomes")));
        return JSON.createObjectBuilder().add("attempt", attempt).add("scoredAt", score.getScoredAt().toString())
                .add("result", shown).build();
    }

    private JsonObject session(ExamSession s) {
        JsonArrayBuilder variants = JSON.createArrayBuilder();
        delivery.variants(s).forEach(variants::add);
        OffsetDateTime now = OffsetDateTime.now();
        String state = now.isBefore(s.getOpensAt()) ? "UPCOMING" : s.isOpenAt(now) ? "OPEN" : "CLOSED";
        return JSON.createObjectBuilder().add("id", s.getId()).add("name", s.getName())
                .add("form", s.getSnapshot().getFormCode()).add("snapshotHash", s.getSnapshot().getContentHash())
                .add("opensAt", s.getOpensAt().toString()).add("closesAt", s.getClosesAt().toString())
                .add("state", state).add("mode", s.getMode().name())
                .add("expectedCandidates", s.getExpectedCandidates()).add("variants", variants).build();
    }

    private DeliveryTokens.Caller caller() {
        return proved.get();
    }
}
