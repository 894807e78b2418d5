package pl.certbank.web.assembly.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import pl.certbank.assembly.boundary.Forms;
import pl.certbank.security.entity.Roles;

/**
 * /bank/api/v1/forms: forms with their pinned item versions; printers read published forms only. One form
 * ({@code /forms/{id}}) is read by {@link pl.certbank.web.publishing.api.PublishingResource}, which owns that path.
 */
@Path("v1/forms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DESIGNER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN, Roles.PRINTER})
public class FormsResource {

    @Inject
    Forms forms;

    @GET
    public List<JsonObject> list() {
        return forms.list().stream().map(RunViews::form).toList();
    }
}
