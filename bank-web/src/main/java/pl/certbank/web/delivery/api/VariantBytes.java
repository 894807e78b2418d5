package pl.certbank.web.delivery.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.certbank.delivery.boundary.Delivery;
import pl.certbank.delivery.control.DeliveryTokens;
import pl.certbank.publishing.control.Snapshots;
import pl.certbank.refusals.Refusal;

/**
 * The exam-start burst's fast path: {@code GET /api/v1/delivery/sessions/{id}/variants/{name}} with a valid token,
 * inside the window, is answered here with the payload's bytes (the same headers as {@link DeliveryResource}), without
 * JAX-RS. Anything else (no or bad token, another centre's session, outside the window, a conditional GET that does
 * not match...) goes on to {@link DeliveryResource}, which answers it with its problem documents: one set of rules,
 * checked by {@link Delivery#variant} in both places.
 */
@WebFilter(urlPatterns = "/api/v1/delivery/sessions/*", asyncSupported = true)
public class VariantBytes extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern
            .compile("/api/v1/delivery/sessions/(\\d{1,18})/variants/([A-Z0-9]{1,20})");
    static final String CACHE = "private, max-age=" + DeliveryResource.CACHE_SECONDS + ", immutable";

    @Inject
    DeliveryTokens tokens;

    @Inject
    Delivery delivery;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Snapshots.Payload> payload = "GET".equals(request.getMethod()) ? served(request) : Optional.empty();
        if (payload.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
                + "form-action 'none'");
        response.setHeader("ETag", payload.get().etag());
        response.setHeader("Cache-Control", CACHE);
        String match = request.getHeader("If-None-Match");
        if (match != null && (match.equals(payload.get().etag()) || match.contains(payload.get().etag()))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("application/json");
        response.setContentLength(payload.get().bytes().length);
        response.getOutputStream().write(payload.get().bytes());
    }

    private Optional<Snapshots.Payload> served(HttpServletRequest request) {
        Matcher path = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        String header = request.getHeader("Authorization");
        if (!path.matches() || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        Optional<DeliveryTokens.Caller> caller = tokens.verify(header.substring(7).strip());
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(delivery.variant(caller.get(), Long.parseLong(path.group(1)), path.group(2)));
        } catch (Refusal | jakarta.ejb.EJBException e) {
            return Optional.empty();
        }
    }
}
