package pl.certbank.web.blueprints.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import pl.certbank.assembly.boundary.AssemblyRuns;
import pl.certbank.blueprints.boundary.Blueprints;
import pl.certbank.blueprints.entity.Blueprint;
import pl.certbank.security.entity.Roles;
import pl.certbank.web.api.Revisions;

/**
 * /bank/api/v1/blueprints: designers write blueprints (each PUT makes a new version and needs If-Match with the
 * revision read, 428 without it, 412 when stale); reviewers, publishers and admins read them.
 */
@Path("v1/blueprints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DESIGNER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
public class BlueprintsResource {

    @Inject
    Blueprints blueprints;

    @Inject
    AssemblyRuns runs;

    @GET
    public List<JsonObject> list() {
        return blueprints.list().stream().map(BlueprintViews::summary).toList();
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") long id) {
        return withTag(blueprints.find(id));
    }

    @GET
    @Path("{id}/versions/{number}")
    public JsonObject version(@PathParam("id") long id, @PathParam("number") int number) {
        return BlueprintViews.version(blueprints.version(id, number)).build();
    }

    @POST
    @RolesAllowed({Roles.DESIGNER, Roles.ADMIN})
    public Response create(@RequestBody(
            content = @Content(schema = @Schema(implementation = BlueprintDocument.class))) JsonValue body) {
        BlueprintInput input = BlueprintInput.read(body);
        Blueprint blueprint = blueprints.create(input.qualification(), input.name(), input.rules());
        return Response.created(URI.create("v1/blueprints/" + blueprint.getId()))
                .entity(BlueprintViews.of(blueprint)).tag(tag(blueprint)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.DESIGNER, Roles.ADMIN})
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @RequestBody(
            content = @Content(schema = @Schema(implementation = BlueprintDocument.class))) JsonValue body) {
        long revision = Revisions.required(ifMatch);
        BlueprintInput input = BlueprintInput.read(body);
        return withTag(blueprints.revise(id, revision, input.qualification(), input.name(), input.rules()));
    }

    /** The cheap checks of the latest version against the bank: a diagnosis per cell, without solving. */
    @POST
    @Path("{id}/feasibility")
    @RolesAllowed({Roles.DESIGNER, Roles.ADMIN})
    public JsonObject feasibility(@PathParam("id") long id) {
        return BlueprintViews.diagnosis(runs.feasibility(id));
    }

    private static Response withTag(Blueprint blueprint) {
        return Response.ok(BlueprintViews.of(blueprint)).tag(tag(blueprint)).build();
    }

    private static EntityTag tag(Blueprint blueprint) {
        return new EntityTag(String.valueOf(blueprint.getLockVersion()));
    }
}
