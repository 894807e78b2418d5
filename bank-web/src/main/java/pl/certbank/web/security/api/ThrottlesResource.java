package pl.certbank.web.security.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import pl.certbank.security.boundary.SignIns;
import pl.certbank.security.entity.Roles;

/**
 * /bank/api/v1/security/throttles: who failed to sign in within the last hour and what waits (GET), and lifting a
 * throttle (DELETE with {@code source}, {@code account} or both). Administrators only.
 */
@Path("v1/security/throttles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ThrottlesResource {

    @Inject
    SignIns signIns;

    /** A source, a source on an account, or an account (source null) with its failures and its wait. */
    public record ThrottleView(String source, String account, int failures, Instant lastFailure,
            Instant blockedUntil, long retryAfterSeconds) {
    }

    @GET
    public List<ThrottleView> throttled() {
        Instant now = Instant.now();
        return signIns.throttled().stream().map(t -> new ThrottleView(t.source(), t.account(), t.failures(),
                t.lastFailure(), t.blockedUntil(), t.retryAfter(now))).toList();
    }

    @DELETE
    public Response lift(@QueryParam("source") String source, @QueryParam("account") String account) {
        if ((source == null || source.isBlank()) && (account == null || account.isBlank())) {
            throw new BadRequestException("Name the source, the account, or both");
        }
        if (!signIns.lift(source, account)) {
            throw new NotFoundException("Nothing is known of that source or account");
        }
        return Response.noContent().build();
    }
}
