package pl.certbank.web.setup.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import pl.certbank.security.entity.Roles;
import pl.certbank.setup.boundary.DemoMode;
import pl.certbank.setup.boundary.Synthetic;

/** POST /bank/api/v1/demo/synthetic-items?count=N: adds generated items (demo mode, admin) for benchmarks. */
@Path("v1/demo/synthetic-items")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
public class SyntheticItemsResource {

    static final int MAX = 200_000;

    @Inject
    Synthetic synthetic;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> generate(@QueryParam("count") @DefaultValue("1000") int count,
            @QueryParam("qualification") @DefaultValue("CRM-PRK4") String qualification) {
        if (!DemoMode.isOn()) {
            throw new NotFoundException("Generated items exist in demo mode only");
        }
        if (count < 1 || count > MAX) {
            throw new BadRequestException("count must be 1–" + MAX);
        }
        return Map.of("generatedItems", synthetic.generate(qualification, count));
    }
}
