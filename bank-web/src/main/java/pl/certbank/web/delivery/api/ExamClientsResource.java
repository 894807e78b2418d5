package pl.certbank.web.delivery.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import pl.certbank.delivery.boundary.ExamClients;
import pl.certbank.delivery.entity.ExamClient;
import pl.certbank.input.JsonInput;
import pl.certbank.security.entity.Roles;

/** /bank/api/v1/exam-clients: exam centres' credentials; a secret is in the answer that makes it, and nowhere else. */
@Path("v1/exam-clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
public class ExamClientsResource {

    @Inject
    ExamClients clients;

    /** The OpenAPI shape of a new exam client. */
    @Schema(name = "NewExamClient")
    public record NewClient(@Schema(required = true, pattern = "[a-z0-9][a-z0-9-]{1,58}[a-z0-9]") String clientId,
            @Schema(required = true, maxLength = 200) String name) {
    }

    @GET
    public List<JsonObject> list() {
        return clients.list().stream().map(c -> view(c).build()).toList();
    }

    @GET
    @Path("{id}")
    public JsonObject read(@PathParam("id") long id) {
        return view(clients.find(id)).build();
    }

    /** {@code {"clientId": "centre-krakow", "name": "Ośrodek egzaminacyjny Kraków"}} → 201 with the secret. */
    @POST
    public Response create(
            @RequestBody(content = @Content(schema = @Schema(implementation = NewClient.class))) JsonValue body) {
        JsonInput json = JsonInput.strict(body);
        String clientId = json.string("clientId");
        String name = json.string("name");
        json.require("clientId", "name");
        json.done();
        ExamClients.WithSecret made = clients.create(clientId, name);
        return secret(Response.status(Response.Status.CREATED), made);
    }

    @POST
    @Path("{id}/rotate")
    public Response rotate(@PathParam("id") long id) {
        return secret(Response.ok(), clients.rotate(id));
    }

    @POST
    @Path("{id}/revoke")
    public JsonObject revoke(@PathParam("id") long id) {
        return view(clients.revoke(id)).build();
    }

    private static Response secret(Response.ResponseBuilder response, ExamClients.WithSecret made) {
        CacheControl none = new CacheControl();
        none.setNoStore(true);
        return response.entity(view(made.client()).add("secret", made.secret()).build()).cacheControl(none).build();
    }

    static JsonObjectBuilder view(ExamClient c) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", c.getId()).add("clientId", c.getClientId())
                .add("name", c.getName()).add("credential", c.getCredentialNumber()).add("revoked", c.isRevoked())
                .add("createdBy", c.getCreatedBy()).add("createdAt", c.getCreatedAt().toString());
        if (c.isRevoked()) {
            json.add("revokedBy", c.getRevokedBy()).add("revokedAt", c.getRevokedAt().toString());
        }
        return json;
    }
}
