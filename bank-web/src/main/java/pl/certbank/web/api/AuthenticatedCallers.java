package pl.certbank.web.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses anonymous API calls with 401 and a Basic challenge (as problem+json), except on resources marked
 * {@code @PermitAll}. Elytron authenticates the Basic credentials before this runs; role checks follow it.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticatedCallers implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isOpen() || request.getSecurityContext().getUserPrincipal() != null) {
            return;
        }
        Response problem = Problem.of(Response.Status.UNAUTHORIZED,
                "Sign in with HTTP Basic authentication (user name and password of a CertBank account)").toResponse();
        request.abortWith(Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"CertBank\"").build());
    }

    private boolean isOpen() {
        var method = resource.getResourceMethod();
        var type = resource.getResourceClass();
        return (method != null && method.isAnnotationPresent(PermitAll.class))
                || (type != null && type.isAnnotationPresent(PermitAll.class));
    }
}
