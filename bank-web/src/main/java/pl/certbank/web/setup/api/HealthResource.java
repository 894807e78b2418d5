package pl.certbank.web.setup.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import pl.certbank.setup.boundary.Health;

/** GET /bank/api/v1/health: 200 with status UP when the database answers, 503 otherwise. */
@Path("v1/health")
@RequestScoped
@PermitAll
public class HealthResource {

    @Inject
    Health health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean up = health.databaseUp();
        var view = new HealthView(up ? "UP" : "DOWN", up ? "UP" : "DOWN", health.schemaVersion());
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(view).build();
    }

    public record HealthView(String status, String database, String schemaVersion) {
    }
}
