package pl.certbank.web.delivery.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import pl.certbank.delivery.control.DeliveryTokens;
import pl.certbank.web.api.Problem;

/**
 * Checks the bearer token of every exam client call: a missing, malformed, forged, expired, rotated or revoked token
 * is a 401 problem with a {@code Bearer} challenge (RFC 6750), before any resource method runs. The proved caller is
 * left in the request for the resource.
 */
@Provider
@BearerToken
@Priority(Priorities.AUTHENTICATION)
public class ExamClientTokens implements ContainerRequestFilter {

    @Inject
    DeliveryTokens tokens;

    @Inject
    ExamClientCaller proved;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<DeliveryTokens.Caller> caller = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? tokens.verify(header.substring(7).strip()) : Optional.empty();
        if (caller.isEmpty()) {
            Response problem = Problem.of(Response.Status.UNAUTHORIZED, header == null
                    ? "Send the token from POST /bank/api/v1/delivery/token as Authorization: Bearer <token>"
                    : "The bearer token is not valid: expired, revoked, or not one the bank issued").toResponse();
            request.abortWith(Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE,
                    header == null ? "Bearer realm=\"CertBank delivery\""
                            : "Bearer realm=\"CertBank delivery\", error=\"invalid_token\"")
                    .build());
            return;
        }
        proved.set(caller.get());
    }
}
