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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import pl.certbank.input.JsonInput;
import pl.certbank.printing.boundary.Printing;
import pl.certbank.printing.entity.PrintJob;
import pl.certbank.security.entity.Roles;

/**
 * /bank/api/v1/print-jobs: batches of individually shuffled paper copies, made in the background. A job names a paper
 * session (one copy per candidate slot) or a published form (copies of one named variant, or each shuffled on its
 * own); its copies' seeds are stored before 202 is answered. The candidates' ZIP (booklets, answer sheets, manifest)
 * is the printer's; the keys' ZIP is the commission's.
 */
@Path("v1/print-jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRINTER, Roles.PUBLISHER, Roles.ADMIN})
public class PrintJobsResource {

    @Inject
    Printing printing;

    /** The OpenAPI shape of a job: a session, or a form with an optional variant and a number of copies. */
    @Schema(name = "NewPrintJob")
    public record NewJob(Long session, Long form, @Schema(maxLength = 20) String variant,
            @Schema(minimum = "1", maximum = "500") Integer copies) {
    }

    @GET
    public List<JsonObject> list() {
        List<PrintJob> jobs = printing.jobs();
        var files = printing.files(jobs.stream().map(PrintJob::getId).toList());
        return jobs.stream().map(j -> view(j, files.getOrDefault(j.getId(), List.of()), false)).toList();
    }

    /** {@code {"session": 12}} or {@code {"form": 34, "variant": "A", "copies": 30}} → 202 with the job. */
    @POST
    public Response start(
            @RequestBody(content = @Content(schema = @Schema(implementation = NewJob.class))) JsonValue body) {
        JsonInput json = JsonInput.strict(body);
        Long session = json.integer("session");
        Long form = json.integer("form");
        String variant = json.string("variant");
        Integer copies = json.whole("copies");
        json.done();
        PrintJob job = printing.start(session, form, variant, copies);
        return Response.accepted(view(job, false)).location(URI.create("v1/print-jobs/" + job.getId())).build();
    }

    @GET
    @Path("{id}")
    public JsonObject read(@PathParam("id") long id) {
        return view(printing.job(id), true);
    }

    /** A failed job made again from its stored copies and seeds → 202. */
    @POST
    @Path("{id}/retry")
    public Response retry(@PathParam("id") long id) {
        PrintJob job = printing.retry(id);
        return Response.accepted(view(job, false)).location(URI.create("v1/print-jobs/" + id)).build();
    }

    @GET
    @Path("{id}/candidates.zip")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    public Response candidates(@PathParam("id") long id) {
        return file(printing.candidates(id));
    }

    @GET
    @Path("{id}/keys.zip")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    public Response keys(@PathParam("id") long id) {
        return file(printing.keys(id));
    }

    static Response file(Printing.Download download) {
        return Response.ok(download.bytes(), download.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + download.name() + "\"")
                .header("Digest", "sha-256=" + download.sha256()).header("X-Content-Type-Options", "nosniff")
                .build();
    }

    JsonObject view(PrintJob job, boolean withCopies) {
        return view(job, printing.files(job.getId()), withCopies);
    }

    JsonObject view(PrintJob job, List<Printing.FileInfo> jobFiles, boolean withCopies) {
        JsonObjectBuilder view = Json.createObjectBuilder().add("id", job.getId())
                .add("form", job.getSnapshot().getFormCode()).add("snapshotHash", job.getSnapshot().getContentHash())
                .add("status", job.getStatus().name()).add("copies", job.getCopies()).add("done", job.getDone())
                .add("progress", job.getCopies() == 0 ? 0 : Math.round(100.0 * job.getDone() / job.getCopies()))
                .add("requestedBy", job.getRequestedBy()).add("requestedAt", job.getRequestedAt().toString());
        if (job.getSession() != null) {
            view.add("session", job.getSession().getId());
        }
        if (job.getVariantName() != null) {
            view.add("variant", job.getVariantName());
        }
        if (job.getProblem() != null) {
            view.add("problem", job.getProblem());
        }
        if (job.getFinishedAt() != null) {
            view.add("finishedAt", job.getFinishedAt().toString());
        }
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (Printing.FileInfo f : jobFiles) {
            files.add(Json.createObjectBuilder().add("kind", f.kind().name()).add("name", f.name())
                    .add("size", f.size()).add("sha256", f.sha256()).add("href", "/bank/api/v1/print-jobs/"
                            + job.getId() + "/" + (f.kind() == pl.certbank.printing.entity.PrintFile.Kind.KEYS
                                    ? "keys.zip" : "candidates.zip")));
        }
        view.add("files", files);
        if (withCopies) {
            JsonArrayBuilder copies = Json.createArrayBuilder();
            printing.copies(job.getId()).forEach(c -> {
                JsonObjectBuilder copy = Json.createObjectBuilder().add("sheet", c.getNumber()).add("copy", c.getId())
                        .add("slot", c.getSlot()).add("variant", c.getVariantName())
                        .add("seed", String.valueOf(c.getSeed()));
                if (c.getSheetSha256() != null) {
                    copy.add("sheetPages", c.getSheetPages()).add("bookletSha256", c.getBookletSha256())
                            .add("answerSheetSha256", c.getSheetSha256());
                }
                if (c.getAttempt() != null) {
                    copy.add("attempt", c.getAttempt().getAttemptKey());
                }
                copies.add(copy);
            });
            view.add("copyList", copies);
        }
        return view.build();
    }
}
