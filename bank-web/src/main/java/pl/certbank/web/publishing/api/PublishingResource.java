package pl.certbank.web.publishing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import pl.certbank.assembly.control.FormsCheck;
import pl.certbank.assembly.entity.TestForm;
import pl.certbank.input.JsonInput;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.AnswerJson;
import pl.certbank.publishing.boundary.Publishing;
import pl.certbank.publishing.control.Snapshot;
import pl.certbank.publishing.control.Sealing;
import pl.certbank.publishing.control.Snapshots;
import pl.certbank.publishing.entity.Erratum;
import pl.certbank.printing.boundary.Printing;
import pl.certbank.security.entity.Roles;

/**
 * /bank/api/v1/forms/{id}/...: a form's lifecycle (freeze, unfreeze, publish, withdraw), its sealed snapshot (keys
 * included: staff only), a variant as exam clients get it, and errata.
 */
@Path("v1/forms/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DESIGNER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
public class PublishingResource {

    @Inject
    Publishing publishing;

    @Inject
    pl.certbank.assembly.boundary.Forms forms;

    @Inject
    Printing printing;

    /** The OpenAPI shape of a publication: how many named variants (A, B, ...). */
    @Schema(name = "PublishRequest")
    public record PublishRequest(@Schema(minimum = "1", maximum = "26", defaultValue = "1") Integer variants) {
    }

    /** The OpenAPI shape of a withdrawal's reason. */
    @Schema(name = "WithdrawalReason")
    public record Reason(@Schema(required = true, maxLength = Publishing.MAX_REASON) String reason) {
    }

    /** The OpenAPI shape of an erratum: the item's answer fields with the corrected key, texts unchanged. */
    @Schema(name = "ErratumRequest")
    public record ErratumRequest(@Schema(required = true, minimum = "1") int position,
            @Schema(required = true, description = "the answer fields of the item's type") Object answer,
            @Schema(required = true, maxLength = Publishing.MAX_REASON) String reason) {
    }

    /** The form with its pinned item versions; printers read published forms only. */
    @GET
    @RolesAllowed({Roles.DESIGNER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN, Roles.PRINTER})
    public JsonObject read(@PathParam("id") long id) {
        return pl.certbank.web.assembly.api.RunViews.form(forms.find(id));
    }

    @POST
    @Path("freeze")
    @RolesAllowed({Roles.DESIGNER, Roles.PUBLISHER, Roles.ADMIN})
    public JsonObject freeze(@PathParam("id") long id) {
        Publishing.Frozen frozen = publishing.freeze(id);
        return status(frozen.form()).add("violations", violations(frozen.violations())).build();
    }

    @POST
    @Path("unfreeze")
    @RolesAllowed({Roles.DESIGNER, Roles.PUBLISHER, Roles.ADMIN})
    public JsonObject unfreeze(@PathParam("id") long id) {
        return status(publishing.unfreeze(id)).build();
    }

    @GET
    @Path("check")
    public JsonObject check(@PathParam("id") long id) {
        return Json.createObjectBuilder().add("violations", violations(publishing.check(id))).build();
    }

    /** Publishes a frozen form with {@code variants} named variants (1 by default). */
    @POST
    @Path("publish")
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    public JsonObject publish(@PathParam("id") long id, @RequestBody(content = @Content(schema = @Schema(
            implementation = PublishRequest.class))) JsonValue body) {
        int variants = 1;
        if (body != null && body != JsonValue.NULL) {
            JsonInput json = JsonInput.strict(body);
            Integer asked = json.whole("variants");
            json.done();
            variants = asked == null ? 1 : asked;
        }
        return published(publishing.publish(id, variants));
    }

    @POST
    @Path("withdraw")
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    public JsonObject withdraw(@PathParam("id") long id, @RequestBody(content = @Content(schema = @Schema(
            implementation = Reason.class))) JsonValue body) {
        JsonInput json = JsonInput.strict(body);
        String reason = json.string("reason");
        json.done();
        return status(publishing.withdraw(id, reason)).build();
    }

    @GET
    @Path("snapshot")
    public JsonObject snapshot(@PathParam("id") long id) {
        Sealing.Published published = publishing.published(id);
        return published(published);
    }

    /** The sealed document itself, byte for byte as hashed. */
    @GET
    @Path("snapshot/content")
    public Response content(@PathParam("id") long id) {
        Sealing.Published published = publishing.published(id);
        return Response.ok(published.snapshot().getContent(), MediaType.APPLICATION_JSON_TYPE)
                .tag(new EntityTag(published.snapshot().getContentHash())).build();
    }

    /** A variant as an exam client gets it (a preview for staff), with the same entity tag. */
    @GET
    @Path("variants/{name}")
    public Response variant(@PathParam("id") long id, @PathParam("name") String name,
            @jakarta.ws.rs.core.Context Request request) {
        Snapshots.Payload payload = publishing.variant(id, name);
        EntityTag tag = EntityTag.valueOf(payload.etag());
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        return Response.ok(payload.bytes(), MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(cache).build();
    }

    /** The variant as a QTI 3.0 content package (imsmanifest.xml, assessment test, one file per item, images). */
    @GET
    @Path("variants/{name}/qti.zip")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    public Response qti(@PathParam("id") long id, @PathParam("name") String name) {
        return Response.ok(publishing.qti(id, name), "application/zip").header("Content-Disposition",
                "attachment; filename=\"" + name.replaceAll("[^A-Z]", "") + ".qti.zip\"").build();
    }

    /** A named variant's question booklet (PDF) for printing. */
    @GET
    @Path("variants/{name}/booklet.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.PRINTER, Roles.PUBLISHER, Roles.ADMIN})
    public Response booklet(@PathParam("id") long id, @PathParam("name") String name) {
        return pl.certbank.web.api.PdfDownloads.of(printing.variantDocument(id, name, Printing.Document.BOOKLET), name,
                "booklet");
    }

    /** A named variant's answer sheet (PDF): bubbles, registration marks, a QR code on every page. */
    @GET
    @Path("variants/{name}/answer-sheet.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.PRINTER, Roles.PUBLISHER, Roles.ADMIN})
    public Response answerSheet(@PathParam("id") long id, @PathParam("name") String name) {
        return pl.certbank.web.api.PdfDownloads.of(printing.variantDocument(id, name, Printing.Document.ANSWER_SHEET),
                name, "answer-sheet");
    }

    /** A named variant's answer key for the commission (PDF); never the printer's. */
    @GET
    @Path("variants/{name}/key.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    public Response key(@PathParam("id") long id, @PathParam("name") String name) {
        return pl.certbank.web.api.PdfDownloads.of(printing.variantKey(id, name), name, "key");
    }

    @GET
    @Path("errata")
    public List<JsonObject> errata(@PathParam("id") long id) {
        return publishing.errata(publishing.published(id).snapshot()).stream().map(PublishingResource::erratum)
                .toList();
    }

    /** Corrects a key: {@code {"position": 3, "answer": {...the item's answer fields...}, "reason": "..."}}. */
    @POST
    @Path("errata")
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    public Response correct(@PathParam("id") long id, @RequestBody(content = @Content(schema = @Schema(
            implementation = ErratumRequest.class))) JsonValue body) {
        JsonInput json = JsonInput.strict(body);
        Integer position = json.whole("position");
        String reason = json.string("reason");
        JsonObject answer = json.raw("answer");
        json.require("position", "reason", "answer");
        json.done();
        Sealing.Published published = publishing.published(id);
        Snapshot snapshot = publishing.content(published.snapshot());
        Answer corrected = null;
        if (position >= 1 && position <= snapshot.items().size()) {
            JsonInput fields = JsonInput.strict(answer);
            corrected = AnswerJson.from(snapshot.items().get(position - 1).type(), fields);
            fields.done();
        }
        Erratum erratum = publishing.correct(id, position, corrected, reason);
        return Response.status(Response.Status.CREATED).entity(erratum(erratum)).build();
    }

    static JsonObject erratum(Erratum e) {
        return Json.createObjectBuilder().add("sequence", e.getSequenceNumber()).add("position", e.getPosition())
                .add("answer", Json.createReader(new StringReader(e.getAnswer())).readObject())
                .add("reason", e.getReason()).add("author", e.getAuthor()).add("at", e.getCreatedAt().toString())
                .build();
    }

    private static JsonObject published(Sealing.Published p) {
        JsonArrayBuilder variants = Json.createArrayBuilder();
        p.variants().forEach(v -> variants.add(Json.createObjectBuilder().add("name", v.getName())
                .add("seed", String.valueOf(v.getSeed())).add("payloadHash", v.getPayloadHash())));
        return status(p.form()).add("snapshot", Json.createObjectBuilder().add("id", p.snapshot().getId())
                .add("code", p.snapshot().getFormCode()).add("hash", p.snapshot().getContentHash())
                .add("publishedBy", p.snapshot().getPublishedBy())
                .add("publishedAt", p.snapshot().getPublishedAt().toString())).add("variants", variants).build();
    }

    private static JsonObjectBuilder status(TestForm form) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", form.getId()).add("code", form.getCode())
                .add("status", form.getStatus());
        if (form.getDesigner() != null) {
            json.add("designer", form.getDesigner());
        }
        return json;
    }

    private static JsonArrayBuilder violations(List<FormsCheck.Violation> violations) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        violations.forEach(v -> array.add(Json.createObjectBuilder().add("rule", v.rule())
                .add("subject", v.subject() == null ? "" : v.subject()).add("text", v.text())));
        return array;
    }
}
