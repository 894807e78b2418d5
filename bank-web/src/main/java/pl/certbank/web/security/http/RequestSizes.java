package pl.certbank.web.security.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.charset.StandardCharsets;

/**
 * The ceiling on any request body, before any servlet sees it: a declared Content-Length above it gets a 413
 * problem at once (the connection then closes, so the rest is never read), and a chunked body is cut at it. Each
 * endpoint's own, lower limit ({@code BodyLimit}, the image limit) answers below the ceiling. Undertow's listener
 * limit is off (configure.cli) because it answers with an empty 400 before any handler could speak.
 */
final class RequestSizes implements HttpHandler {

    /** System property: the ceiling in bytes (default 10 MiB). */
    static final String CEILING = "certbank.max-request-bytes";
    static final long DEFAULT_CEILING = 10L * 1024 * 1024;
    /** The ceiling of scan uploads (the API's and the scans page's): room for {@code ScansResource}'s 50 MB. */
    static final long SCAN_CEILING = 52L * 1024 * 1024;

    private final HttpHandler next;
    private final long ceiling;

    RequestSizes(HttpHandler next) {
        this(next, Long.getLong(CEILING, DEFAULT_CEILING));
    }

    RequestSizes(HttpHandler next, long ceiling) {
        this.next = next;
        this.ceiling = ceiling;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRequestPath();
        long ceiling = path != null && (path.contains("/api/v1/scans") || path.contains("/printing/scans.xhtml"))
                ? Math.max(this.ceiling, SCAN_CEILING) : this.ceiling;
        long declared = exchange.getRequestContentLength();
        if (declared > ceiling) {
            exchange.setPersistent(false);
            exchange.setStatusCode(413);
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json");
            exchange.getResponseHeaders().put(Headers.CONNECTION, "close");
            exchange.getResponseSender().send("{\"type\":\"about:blank\",\"title\":\"Content Too Large\","
                    + "\"status\":413,\"detail\":\"The body declares " + declared + " bytes; no request may "
                    + "exceed " + ceiling + " bytes\",\"reason\":\"RequestSizes.TOO_LARGE\"}", StandardCharsets.UTF_8);
            return;
        }
        if (!exchange.isRequestChannelAvailable()) {
            next.handleRequest(exchange);
            return;
        }
        exchange.setMaxEntitySize(ceiling);
        next.handleRequest(exchange);
    }
}
