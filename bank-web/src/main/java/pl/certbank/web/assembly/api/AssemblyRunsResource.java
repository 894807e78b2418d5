package pl.certbank.web.assembly.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import pl.certbank.assembly.boundary.AssemblyRuns;
import pl.certbank.assembly.entity.AssemblyRun;
import pl.certbank.assembly.entity.TestForm;
import pl.certbank.input.JsonInput;
import pl.certbank.security.entity.Roles;

/**
 * /bank/api/v1/assembly-runs: a designer queues a run (202 Accepted with Location) and follows it; the run's forms,
 * gap, progress, violations and diagnosis are in its GET; DELETE cancels; accept turns the forms into drafts.
 */
@Path("v1/assembly-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DESIGNER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
public class AssemblyRunsResource {

    @Inject
    AssemblyRuns runs;

    @POST
    @RolesAllowed({Roles.DESIGNER, Roles.ADMIN})
    public Response start(@RequestBody(
            content = @Content(schema = @Schema(implementation = RunRequest.class))) JsonValue body) {
        RunRequest.Read request = RunRequest.read(body);
        AssemblyRun run = runs.start(request.blueprint(), request.seconds(), request.locks());
        return Response.accepted(RunViews.of(run, List.of(), null))
                .location(URI.create("v1/assembly-runs/" + run.getId())).build();
    }

    @GET
    public List<JsonObject> ofBlueprint(@QueryParam("blueprint") Long blueprint) {
        if (blueprint == null) {
            throw new jakarta.ws.rs.BadRequestException("Name the blueprint: ?blueprint=id");
        }
        return runs.ofBlueprint(blueprint).stream().map(r -> RunViews.of(r, List.of(), null)).toList();
    }

    @GET
    @Path("{id}")
    public JsonObject read(@PathParam("id") long id) {
        AssemblyRun run = runs.find(id);
        return RunViews.of(run, runs.progress(run), run.getStatus().isFinal() ? runs.inspect(run).review() : null);
    }

    @GET
    @Path("{id}/model.lp")
    @Produces(MediaType.TEXT_PLAIN)
    public Response model(@PathParam("id") long id) {
        return Response.ok(runs.modelLp(id), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"assembly-run-" + id + ".lp\"").build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.DESIGNER, Roles.ADMIN})
    public Response cancel(@PathParam("id") long id) {
        AssemblyRun run = runs.cancel(id);
        return Response.accepted(RunViews.of(run, runs.progress(run), null)).build();
    }

    @GET
    @Path("{id}/swaps")
    public List<JsonObject> swaps(@PathParam("id") long id, @QueryParam("form") String form,
            @QueryParam("item") String item) {
        int number;
        long itemId;
        try {
            number = Integer.parseInt(form == null ? "" : form.strip());
            itemId = Long.parseLong(item == null ? "" : item.strip());
        } catch (NumberFormatException e) {
            throw new jakarta.ws.rs.BadRequestException("Name the form and the item to replace as whole numbers: "
                    + "?form=1&item=id");
        }
        // The 50 that change the objective least; the README says the list is cut there.
        return runs.swaps(id, number, itemId).stream().limit(MAX_SWAPS).map(s -> Json.createObjectBuilder()
                .add("item", s.itemIn()).add("objectiveChange", s.objectiveChange()).build()).toList();
    }

    /** The OpenAPI shape of a swap: on form {@code form} (from 1), item {@code out} leaves and {@code in} comes. */
    @Schema(name = "SwapRequest", description = "422 when a rule of the blueprint would break, or in = out")
    public record SwapRequest(@Schema(required = true, minimum = "1", example = "1") int form,
            @Schema(required = true) long out, @Schema(required = true) long in) {
    }

    /** The most swap candidates one answer lists, least loss first. */
    static final int MAX_SWAPS = 50;

    /** Replaces one item on one form: {"form": 1, "out": id, "in": id}; 422 when a rule would break. */
    @POST
    @Path("{id}/swap")
    @RolesAllowed({Roles.DESIGNER, Roles.ADMIN})
    public JsonObject swap(@PathParam("id") long id, @RequestBody(
            content = @Content(schema = @Schema(implementation = SwapRequest.class))) JsonValue body) {
        JsonInput json = JsonInput.strict(body);
        Long form = json.integer("form");
        Long out = json.integer("out");
        Long in = json.integer("in");
        json.done();
        if (form == null || out == null || in == null || form < 1 || form > 1000) {
            throw new jakarta.ws.rs.BadRequestException("Send {\"form\": n, \"out\": item id, \"in\": item id}");
        }
        AssemblyRun run = runs.swap(id, form.intValue(), out, in);
        return RunViews.of(run, runs.progress(run), runs.inspect(run).review());
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed({Roles.DESIGNER, Roles.ADMIN})
    public Response accept(@PathParam("id") long id) {
        List<TestForm> forms = runs.accept(id);
        return Response.status(Response.Status.CREATED).entity(forms.stream().map(RunViews::form).toList()).build();
    }
}
