package pl.certbank.web.delivery.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import pl.certbank.delivery.boundary.Delivery;
import pl.certbank.delivery.boundary.ExamSessions;
import pl.certbank.delivery.boundary.Results;
import pl.certbank.delivery.control.Justification;
import pl.certbank.delivery.entity.AttemptScore;
import pl.certbank.delivery.entity.ExamAttempt;
import pl.certbank.delivery.entity.ExamSession;
import pl.certbank.input.JsonInput;
import pl.certbank.qualifications.boundary.Qualifications;
import pl.certbank.security.entity.Roles;

/**
 * /bank/api/v1/exam-sessions: sessions scheduled by publishers, and their results: per attempt every score (as
 * published and after each erratum) with the justification in Polish, or English with {@code Accept-Language: en}.
 */
@Path("v1/exam-sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
public class ExamSessionsResource {

    @Inject
    ExamSessions sessions;

    @Inject
    Results results;

    @Inject
    Qualifications qualifications;

    @Inject
    pl.certbank.printing.boundary.Scans paper;

    /** A paper attempt's scanned pages (its answer sheet as the commission saw it); empty for a screen attempt. */
    private JsonArrayBuilder scans(ExamAttempt attempt) {
        JsonArrayBuilder pages = Json.createArrayBuilder();
        paper.pagesOf(attempt).forEach(p -> pages.add(Json.createObjectBuilder().add("page", p.getPageNumber())
                .add("scan", p.getId()).add("imageSha256", p.getImageSha256())
                .add("image", "/bank/api/v1/scans/" + p.getId() + "/image")));
        return pages;
    }

    /** The OpenAPI shape of a session to schedule; the window is at most 31 days. */
    @Schema(name = "NewExamSession")
    public record NewSession(@Schema(required = true) long form, @Schema(required = true) long client,
            @Schema(required = true, maxLength = 200) String name,
            @Schema(required = true, example = "2026-12-03T09:00:00+01:00") String opensAt,
            @Schema(required = true, example = "2026-12-03T11:00:00+01:00") String closesAt,
            @Schema(required = true, minimum = "1", maximum = "100000") int expectedCandidates, ExamSession.Mode mode) {
    }

    @GET
    public List<JsonObject> list() {
        return sessions.list().stream().map(s -> view(s).build()).toList();
    }

    @GET
    @Path("{id}")
    public JsonObject read(@PathParam("id") long id) {
        return view(sessions.find(id)).build();
    }

    /**
     * {@code {"form": 12, "client": 34, "name": "...", "opensAt": "2026-12-03T09:00:00+01:00", "closesAt": "...",
     * "expectedCandidates": 20, "mode": "ELECTRONIC"}} → 201.
     */
    @POST
    public Response schedule(
            @RequestBody(content = @Content(schema = @Schema(implementation = NewSession.class))) JsonValue body) {
        JsonInput json = JsonInput.strict(body);
        Long form = json.integer("form");
        Long client = json.integer("client");
        String name = json.string("name");
        String opens = json.string("opensAt");
        String closes = json.string("closesAt");
        Integer expected = json.whole("expectedCandidates");
        ExamSession.Mode mode = json.name("mode", ExamSession.Mode.class);
        json.require("form", "client", "name", "opensAt", "closesAt", "expectedCandidates");
        json.done();
        ExamSession session = sessions.schedule(new ExamSessions.Schedule(form, client, name, moment("opensAt", opens),
                moment("closesAt", closes), expected, mode));
        return Response.status(Response.Status.CREATED).entity(view(session).build()).build();
    }

    @GET
    @Path("{id}/results")
    public List<JsonObject> results(@PathParam("id") long id) {
        Map<Long, JsonObjectBuilder> byAttempt = new java.util.LinkedHashMap<>();
        Map<Long, JsonArrayBuilder> scores = new HashMap<>();
        for (ExamAttempt a : results.attempts(id)) {
            byAttempt.put(a.getId(), Json.createObjectBuilder().add("attempt", a.getAttemptKey())
                    .add("candidate", a.getCandidate()).add("variant", a.getVariantName())
                    .add("submittedAt", a.getSubmittedAt().toString()));
            scores.put(a.getId(), Json.createArrayBuilder());
        }
        for (AttemptScore s : results.sessionScores(id)) {
            if (!scores.containsKey(s.getAttempt().getId())) {
                continue; // an attempt that arrived between the two reads: in the next answer
            }
            scores.get(s.getAttempt().getId()).add(Json.createObjectBuilder().add("errataApplied",
                    s.getErrataApplied()).add("points", plain(s.getPoints()))
                    .add("maximum", plain(s.getMaximum())).add("passed", s.isPassed()));
        }
        return byAttempt.entrySet().stream().map(e -> e.getValue().add("scores", scores.get(e.getKey())).build())
                .toList();
    }

    /** One attempt in full: responses, every score with its breakdown, and the justification of the newest. */
    @GET
    @Path("{id}/results/{attempt}")
    public JsonObject result(@PathParam("id") long id, @PathParam("attempt") String key,
            @HeaderParam("Accept-Language") String language) {
        ExamSession session = results.session(id);
        ExamAttempt attempt = results.attempt(id, key);
        List<AttemptScore> all = results.scores(attempt);
        JsonArrayBuilder scores = Json.createArrayBuilder();
        all.forEach(s -> scores.add(Json.createReader(new StringReader(s.getBreakdown())).readObject()));
        Results.Replay replay = results.replay(attempt);
        Locale locale = language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.forLanguageTag("pl");
        JsonArrayBuilder justification = Json.createArrayBuilder(Justification.lines(replay.scored().sheet(),
                qualifications.titles(replay.snapshot().qualification().code()), locale));
        JsonArrayBuilder seen = Json.createArrayBuilder();
        replay.variant().items().forEach(position -> seen.add(replay.snapshot().items().get(position).reference()));
        return Json.createObjectBuilder().add("session", id).add("form", session.getSnapshot().getFormCode())
                .add("snapshotHash", session.getSnapshot().getContentHash()).add("attempt", key)
                .add("candidate", attempt.getCandidate()).add("variant", attempt.getVariantName())
                .add("submittedAt", attempt.getSubmittedAt().toString())
                .add("responses", Delivery.responses(attempt)).add("scores", scores).add("scans", scans(attempt))
                .add("justification", justification)
                .add("replay", Json.createObjectBuilder().add("variant", replay.variant().name())
                        .add("seed", String.valueOf(replay.variant().seed())).add("itemsShown", seen)
                        .add("errataApplied", replay.errataApplied()).add("matchesStored", replay.matchesStored())
                        .add("payloadMatches", replay.payloadMatches())
                        .add("payload", "/bank/api/v1/forms/" + session.getSnapshot().getForm().getId() + "/variants/"
                                + replay.variant().name()))
                .build();
    }

    /** The justification as a printable PDF, in Polish or (Accept-Language: en) English. */
    @GET
    @Path("{id}/results/{attempt}/justification.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response justificationPdf(@PathParam("id") long id, @PathParam("attempt") String key,
            @HeaderParam("Accept-Language") String language) {
        ExamSession session = results.session(id);
        ExamAttempt attempt = results.attempt(id, key);
        Results.Replay replay = results.replay(attempt);
        boolean english = language != null && language.toLowerCase(Locale.ROOT).startsWith("en");
        List<String> lines = Justification.lines(replay.scored().sheet(), qualifications.titles(replay.snapshot()
                .qualification().code()), english ? Locale.ENGLISH : Locale.forLanguageTag("pl"));
        byte[] pdf = pl.certbank.delivery.control.JustificationPdf
                .of(new pl.certbank.delivery.control.JustificationPdf.Heading(
                        english ? "Justification of the result" : "Uzasadnienie wyniku",
                        replay.snapshot().qualification().name() + " – " + session.getSnapshot().getFormCode(),
                        attempt.getCandidate(), key, session.getSnapshot().getContentHash()), lines);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"justification-"
                + key.replaceAll("[^A-Za-z0-9._-]", "") + ".pdf\"").build();
    }

    private static java.math.BigDecimal plain(java.math.BigDecimal value) {
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static OffsetDateTime moment(String field, String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new BadRequestException(field + " must be an ISO 8601 date and time with its offset, e.g. "
                    + "2026-12-03T09:00:00+01:00");
        }
    }

    static JsonObjectBuilder view(ExamSession s) {
        return Json.createObjectBuilder().add("id", s.getId()).add("name", s.getName())
                .add("form", s.getSnapshot().getFormCode()).add("formId", s.getSnapshot().getForm().getId())
                .add("client", s.getClient().getClientId()).add("opensAt", s.getOpensAt().toString())
                .add("closesAt", s.getClosesAt().toString()).add("expectedCandidates", s.getExpectedCandidates())
                .add("mode", s.getMode().name()).add("createdBy", s.getCreatedBy());
    }
}
