package pl.certbank.web.items.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
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
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import pl.certbank.items.boundary.BulkItems;
import pl.certbank.items.boundary.Items;
import pl.certbank.items.control.ItemPage;
import pl.certbank.items.control.ItemRow;
import pl.certbank.items.entity.Item;
import pl.certbank.security.entity.Roles;
import pl.certbank.web.api.Revisions;
import pl.certbank.web.items.api.ItemRequests.BulkRequest;
import pl.certbank.web.items.api.ItemRequests.RelationsRequest;
import pl.certbank.web.items.api.ItemRequests.Note;

/**
 * /bank/api/v1/items: search, read, write and move items through their lifecycle. Writes of content and relations
 * need the revision the client read (If-Match: "revision", as in the ETag; 428 without it); lifecycle steps take it
 * when sent. A stale revision gets 412 and changes nothing.
 */
@Path("v1/items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.DESIGNER, Roles.PUBLISHER, Roles.PRINTER, Roles.ADMIN})
public class ItemsResource {

    @Inject
    Items items;

    @Inject
    BulkItems bulk;

    @Inject
    ItemListParameters listParameters;

    @GET
    public ItemListView search(@jakarta.ws.rs.core.Context UriInfo uri) {
        ItemPage<ItemRow> page = items.search(listParameters.query(uri.getQueryParameters()));
        return new ItemListView(page.total(), page.totalExact(), page.offset(), page.limit(),
                page.rows().stream().map(ItemSummaryView::of).toList());
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") long id) {
        return withTag(items.find(id));
    }

    @GET
    @Path("{id}/versions/{number}")
    public VersionView version(@PathParam("id") long id, @PathParam("number") int number) {
        return VersionView.of(items.version(id, number));
    }

    @POST
    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public Response create(
            @RequestBody(content = @Content(schema = @Schema(implementation = ItemDocument.class))) JsonValue body) {
        ItemInput input = ItemInput.read(body);
        Item item = items.create(listParameters.qualification(input.qualification()), input.content());
        return Response.created(URI.create("v1/items/" + item.getId())).entity(view(item))
                .tag(tag(item)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = @Content(schema = @Schema(implementation = ItemDocument.class))) JsonValue body) {
        ItemInput input = ItemInput.read(body);
        return withTag(items.revise(id, Revisions.required(ifMatch), input.qualification(), input.content()));
    }

    @POST
    @Path("{id}/restore/{number}")
    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public Response restore(@PathParam("id") long id, @PathParam("number") int number,
            @HeaderParam("If-Match") String ifMatch) {
        return withTag(items.restore(id, Revisions.required(ifMatch), number));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public Response submit(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(items.submitForReview(id, Revisions.optional(ifMatch)));
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.ADMIN})
    public Response retire(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = @Content(schema = @Schema(implementation = Note.class))) JsonValue body) {
        return withTag(items.retire(id, Revisions.optional(ifMatch), Note.read(body).text()));
    }

    /** Enemies and family in one write, with If-Match like a content edit: a stale revision gets 412. */
    @PUT
    @Path("{id}/relations")
    @RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.ADMIN})
    public Response relations(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(
                    content = @Content(schema = @Schema(implementation = RelationsRequest.class))) JsonValue body) {
        long revision = Revisions.required(ifMatch);
        RelationsRequest request = RelationsRequest.read(body);
        return withTag(items.relate(id, revision, request.enemies(), request.family()));
    }

    @POST
    @Path("check")
    @RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.ADMIN})
    public Map<String, Object> check(
            @RequestBody(content = @Content(schema = @Schema(implementation = ItemDocument.class))) JsonValue body) {
        ItemInput input = ItemInput.read(body);
        return Map.of("warnings", items.checkBeforeSaving(listParameters.qualification(input.qualification()),
                input.content()));
    }

    @POST
    @Path("bulk")
    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public List<BulkItems.Outcome> bulk(
            @RequestBody(content = @Content(schema = @Schema(implementation = BulkRequest.class))) JsonValue body) {
        BulkRequest request = BulkRequest.read(body);
        if (request.action() == null || request.ids().isEmpty()) {
            throw new BadRequestException("Name an action (TAG, UNTAG, SUBMIT, RETIRE) and the item ids");
        }
        return bulk.apply(request.action(), request.ids(), request.criteria(), request.reason());
    }

    private Response withTag(Item item) {
        return Response.ok(view(item)).tag(tag(item)).build();
    }

    private ItemView view(Item item) {
        return ItemView.of(item, items.formsUsing(item.getId()), items.warnings(item.getId()));
    }

    private static EntityTag tag(Item item) {
        return new EntityTag(String.valueOf(item.getLock()));
    }
}
