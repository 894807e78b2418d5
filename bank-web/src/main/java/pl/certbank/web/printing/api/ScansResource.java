package pl.certbank.web.printing.api;

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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import pl.certbank.input.JsonInput;
import pl.certbank.printing.boundary.Scans;
import pl.certbank.printing.control.Mark;
import pl.certbank.printing.control.PaperResponses;
import pl.certbank.printing.control.SheetLayout;
import pl.certbank.printing.entity.PrintingRefusal;
import pl.certbank.printing.entity.ScannedPage;
import pl.certbank.refusals.Refusal;
import pl.certbank.security.entity.Roles;

/**
 * /bank/api/v1/scans: scanned answer sheets. {@code POST} takes the raw bytes of one file (a multi-page PDF, PNG,
 * JPEG or TIFF; told apart by their first bytes, at most {@value #MAX_MB} MB) and answers each page's outcome; a page's
 * review shows every bubble's darkness and mark; the commission decides ambiguous marks and transcribes short answers.
 */
@Path("v1/scans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRINTER, Roles.PUBLISHER, Roles.ADMIN})
public class ScansResource {

    public static final int MAX_MB = 50;
    static final long MAX_BYTES = MAX_MB * 1024L * 1024L;

    @Inject
    Scans scans;

    /** The OpenAPI shape of a decision on one bubble. */
    @Schema(name = "MarkDecision")
    public record Decision(@Schema(required = true, minimum = "0") int bubble,
            @Schema(required = true, enumeration = {
                    "MARKED", "EMPTY"}) String mark) {
    }

    /** The OpenAPI shape of a transcribed short answer. */
    @Schema(name = "ShortAnswerTranscription")
    public record Transcription(@Schema(required = true, minimum = "1") int position,
            @Schema(required = true, maxLength = Scans.MAX_ANSWER_TEXT) String text) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public List<JsonObject> upload(@QueryParam("name") String name,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body) {
        if (length != null && length > MAX_BYTES) {
            throw Refusal.of(PrintingRefusal.UPLOAD_TOO_LARGE, MAX_MB);
        }
        String source = name == null || name.isBlank() ? "scan" : name.strip();
        return scans.upload(source.length() > 150 ? source.substring(0, 150) : source, read(body)).stream()
                .map(ScansResource::outcome).toList();
    }

    /** The body, refused at its first bytes when it is no scan (so a wrong body is never read whole). */
    static byte[] read(InputStream body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            byte[] head = body.readNBytes(8);
            if (head.length == 0) {
                throw Refusal.of(PrintingRefusal.UPLOAD_EMPTY);
            }
            if (pl.certbank.printing.control.ScanImages.kind(head) == null) {
                throw Refusal.of(PrintingRefusal.UPLOAD_TYPE, "this file");
            }
            out.write(head);
            for (int n; (n = body.read(buffer)) > 0;) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) {
                    throw Refusal.of(PrintingRefusal.UPLOAD_TOO_LARGE, MAX_MB);
                }
            }
        } catch (IOException e) {
            // the body broke off: cut at the server's ceiling, or the client went away
            throw Refusal.of(PrintingRefusal.UPLOAD_TOO_LARGE, MAX_MB);
        }
        return out.toByteArray();
    }

    static JsonObject outcome(Scans.Outcome o) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("index", o.index()).add("source", o.source())
                .add("status", o.status()).add("marked", o.marked()).add("ambiguous", o.ambiguous())
                .add("cancelled", o.cancelled());
        add(json, "scan", o.pageId());
        add(json, "job", o.jobId());
        add(json, "copy", o.copyId());
        add(json, "sheet", o.sheet());
        add(json, "page", o.page());
        add(json, "pages", o.pages());
        if (o.problem() != null) {
            json.add("problem", o.problem());
        }
        if (o.copyState() != null) {
            json.add("copyState", o.copyState().name());
        }
        return json.build();
    }

    private static void add(JsonObjectBuilder json, String name, Number value) {
        if (value != null) {
            json.add(name, value.longValue());
        }
    }

    @GET
    public List<JsonObject> recent() {
        return scans.recent(200).stream().map(p -> summary(p).build()).toList();
    }

    @GET
    @Path("{id}")
    public JsonObject review(@PathParam("id") long id) {
        return review(scans.review(id));
    }

    @GET
    @Path("{id}/image")
    @Produces({"image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    public Response image(@PathParam("id") long id) {
        byte[] bytes = scans.image(id);
        String type = bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF ? "image/jpeg" : "image/png";
        return Response.ok(bytes, type).header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600").build();
    }

    /** {@code {"bubble": 17, "mark": "MARKED"}}: the commission's decision on one bubble. */
    @POST
    @Path("{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    public JsonObject decide(@PathParam("id") long id, @RequestBody(content = @Content(schema = @Schema(
            implementation = Decision.class))) JsonValue body) {
        JsonInput json = JsonInput.strict(body);
        Integer bubble = json.whole("bubble");
        String mark = json.string("mark");
        json.require("bubble", "mark");
        json.done();
        return review(scans.decide(id, bubble, mark));
    }

    /** {@code {"position": 7, "text": "72"}}: a short answer as the candidate wrote it (position in form order). */
    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    public JsonObject transcribe(@PathParam("id") long id, @RequestBody(content = @Content(schema = @Schema(
            implementation = Transcription.class))) JsonValue body) {
        JsonInput json = JsonInput.strict(body);
        Integer position = json.whole("position");
        String text = json.string("text");
        json.require("position", "text");
        json.done();
        return review(scans.transcribe(id, position - 1, text));
    }

    static JsonObjectBuilder summary(ScannedPage p) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("scan", p.getId()).add("status", p.getStatus())
                .add("source", p.getSource()).add("uploadedAt", p.getUploadedAt().toString())
                .add("uploadedBy", p.getUploadedBy()).add("current", p.isCurrent())
                .add("imageSha256", p.getImageSha256()).add("width", p.getWidth()).add("height", p.getHeight())
                .add("upsideDown", p.isUpsideDown());
        if (p.getQrText() != null) {
            json.add("qr", p.getQrText());
        }
        if (p.getCopy() != null) {
            json.add("copy", p.getCopy().getId()).add("sheet", p.getCopy().getNumber())
                    .add("job", p.getCopy().getJob().getId());
        }
        if (p.getPageNumber() != null) {
            json.add("page", p.getPageNumber());
        }
        if (p.getProblem() != null) {
            json.add("problem", p.getProblem());
        }
        return json;
    }

    static JsonObject review(Scans.Review r) {
        JsonObjectBuilder json = summary(r.page());
        if (r.state() != null) {
            json.add("copyState", r.state().name());
        }
        if (r.copy() != null && r.copy().getAttempt() != null) {
            json.add("attempt", r.copy().getAttempt().getAttemptKey())
                    .add("session", r.copy().getJob().getSession().getId());
        }
        if (r.copy() != null && r.copy().getCandidateIdRead() != null) {
            json.add("candidateId", r.copy().getCandidateIdRead());
        }
        json.add("thresholds", Json.createObjectBuilder().add("emptyBelow", Mark.EMPTY_BELOW)
                .add("markedFrom", Mark.MARKED_FROM).add("markedBelow", Mark.MARKED_BELOW)
                .add("cancelledFrom", Mark.CANCELLED_FROM));
        if (r.homography() != null) {
            JsonArrayBuilder h = Json.createArrayBuilder();
            for (double v : r.homography()) {
                h.add(v);
            }
            json.add("homography", h);
        }
        JsonArrayBuilder bubbles = Json.createArrayBuilder();
        if (r.layout() != null) {
            for (SheetLayout.Bubble b : r.layout().bubbles()) {
                double d = b.index() < r.darkness().length ? r.darkness()[b.index()] : 0;
                JsonObjectBuilder bubble = Json.createObjectBuilder().add("index", b.index())
                        .add("kind", b.kind().name()).add("x", b.x()).add("y", b.y()).add("darkness", d)
                        .add("read", Mark.of(d).name()).add("mark", r.marks().get(b.index()).name())
                        .add("what", PaperResponses.describe(b));
                if (b.reference() != null) {
                    bubble.add("item", b.reference()).add("position", b.formPosition() + 1);
                }
                if (r.decided().containsKey(b.index())) {
                    bubble.add("decided", r.decided().get(b.index()));
                }
                bubbles.add(bubble);
            }
        }
        json.add("bubbles", bubbles);
        JsonArrayBuilder shortAnswers = Json.createArrayBuilder();
        for (SheetLayout.Block b : r.shortAnswers()) {
            JsonObjectBuilder a = Json.createObjectBuilder().add("position", b.formPosition() + 1)
                    .add("item", b.reference()).add("shown", b.shown());
            if (r.answers().containsKey(b.formPosition())) {
                a.add("text", r.answers().get(b.formPosition()));
            }
            shortAnswers.add(a);
        }
        json.add("shortAnswers", shortAnswers);
        JsonArrayBuilder pending = Json.createArrayBuilder();
        for (PaperResponses.Pending p : r.pending()) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("page", p.page()).add("what", p.what());
            if (p.bubble() >= 0) {
                item.add("bubble", p.bubble());
            }
            if (p.reference() != null) {
                item.add("item", p.reference());
            }
            pending.add(item);
        }
        json.add("pending", pending);
        return json.build();
    }
}
