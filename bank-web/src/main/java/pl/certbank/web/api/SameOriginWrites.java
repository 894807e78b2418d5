package pl.certbank.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;

/**
 * Cross-site request forgery: a state-changing API call that a browser's session cookie authenticates must prove it
 * comes from the bank's own pages — {@code Sec-Fetch-Site: same-origin}, or else an {@code Origin} equal to the bank's
 * (browsers send one of them on every such request). Calls with Basic or bearer credentials carry their own proof
 * and pass; so do safe methods. The session cookie is also SameSite=Lax (WEB-INF/undertow-handlers.conf).
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class SameOriginWrites implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null) {
            if (site.equals("same-origin")) {
                return;
            }
            refuse(request, "it came from another site (Sec-Fetch-Site: " + site + ")");
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && sameOrigin(URI.create(request.getUriInfo().getBaseUri().toString()), origin)) {
            return;
        }
        refuse(request, origin == null ? "it carries neither Origin nor Sec-Fetch-Site"
                : "it came from " + origin);
    }

    static boolean sameOrigin(URI base, String origin) {
        try {
            URI other = URI.create(origin.strip());
            return base.getScheme().equalsIgnoreCase(other.getScheme())
                    && base.getHost().equalsIgnoreCase(other.getHost()) && port(base) == port(other);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static void refuse(ContainerRequestContext request, String why) {
        request.abortWith(Problem.of(Response.Status.FORBIDDEN, "A change signed in only by the session cookie must "
                + "come from CertBank's own pages, but " + why + "; scripts and other programs sign in with HTTP "
                + "Basic (or a token) instead").toResponse());
    }
}
