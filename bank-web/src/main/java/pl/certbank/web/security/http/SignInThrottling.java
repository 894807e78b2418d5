package pl.certbank.web.security.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import pl.certbank.security.boundary.SignIns;

/**
 * Before Elytron looks at credentials: an attempt (Basic credentials, or the login form's j_security_check) from a
 * source that must wait is answered at once, without checking the password; otherwise the attempt goes on and its
 * outcome is counted when the exchange completes. Bearer tokens and requests without credentials pass untouched.
 */
final class SignInThrottling implements HttpHandler {

    /** System property naming the proxies whose X-Forwarded-For is believed (comma-separated addresses). */
    static final String TRUSTED_PROXIES = "certbank.trusted-proxies";

    private final HttpHandler next;
    private final Set<String> trustedProxies;
    private final FormParserFactory forms = FormParserFactory.builder().withDefaultCharset("UTF-8").build();
    private volatile SignIns signIns;

    SignInThrottling(HttpHandler next) {
        this.next = next;
        this.trustedProxies = Arrays.stream(System.getProperty(TRUSTED_PROXIES, "").split(",")).map(String::strip)
                .filter(a -> !a.isEmpty()).collect(Collectors.toSet());
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        boolean form = exchange.getRequestMethod().equals(Methods.POST)
                && exchange.getRelativePath().endsWith("/j_security_check");
        String basic = basicUser(exchange);
        if (!form && basic == null) {
            next.handleRequest(exchange);
            return;
        }
        if (exchange.isInIoThread()) {
            exchange.dispatch(this);
            return;
        }
        String account = form ? formUser(exchange) : basic;
        String source = source(exchange);
        long wait = signIns().waitFor(source, account);
        if (wait > 0) {
            refuse(exchange, form, wait);
            return;
        }
        exchange.addExchangeCompleteListener((done, nextListener) -> {
            try {
                if (failed(done, form)) {
                    signIns().failed(source, account);
                } else {
                    signIns().succeeded(source, account);
                }
            } finally {
                nextListener.proceed();
            }
        });
        next.handleRequest(exchange);
    }

    /**
     * Basic credentials are wrong when the answer is 401; a login form's are when Elytron shows the error page (its
     * forward answers 200, a redirect goes to login.xhtml?error) rather than redirecting to the page asked for.
     */
    private static boolean failed(HttpServerExchange exchange, boolean form) {
        int status = exchange.getStatusCode();
        if (!form) {
            return status == 401;
        }
        String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
        return status < 300 || status >= 400 || location == null || location.contains("error=true");
    }

    private static void refuse(HttpServerExchange exchange, boolean form, long wait) {
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, String.valueOf(wait));
        if (form) {
            exchange.setStatusCode(303);
            exchange.getResponseHeaders().put(Headers.LOCATION, exchange.getResolvedPath() + "/login.xhtml?wait="
                    + wait);
            exchange.endExchange();
            return;
        }
        exchange.setStatusCode(429);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json");
        exchange.getResponseSender().send("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"Too many failed sign-ins from here: try again in " + wait + " seconds\","
                + "\"reason\":\"SignIns.THROTTLED\"}", StandardCharsets.UTF_8);
    }

    String source(HttpServerExchange exchange) {
        InetSocketAddress peer = exchange.getSourceAddress();
        String address = peer == null || peer.getAddress() == null ? "unknown" : peer.getAddress().getHostAddress();
        return source(address, exchange.getRequestHeaders().getFirst(Headers.X_FORWARDED_FOR), trustedProxies);
    }

    /**
     * The TCP peer; behind a trusted proxy, the last address in X-Forwarded-For that no trusted proxy added (the
     * hops before it are the client's word, which anyone can forge).
     */
    static String source(String peer, String forwarded, Set<String> trustedProxies) {
        if (!trustedProxies.contains(peer) || forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::strip).filter(h -> !h.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i).length() > 64 ? hops.get(i).substring(0, 64) : hops.get(i);
            }
        }
        return peer;
    }

    private static String basicUser(HttpServerExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The form's j_username; the parsed form stays attached to the exchange, so Elytron reads the same data. */
    private String formUser(HttpServerExchange exchange) throws java.io.IOException {
        FormDataParser parser = forms.createParser(exchange);
        if (parser == null) {
            return "";
        }
        exchange.startBlocking();
        FormData data = parser.parseBlocking();
        FormData.FormValue user = data.getFirst("j_username");
        return user == null ? "" : user.getValue();
    }

    /** Found by its global name: this handler runs before the request reaches the web module's CDI context. */
    private SignIns signIns() {
        if (signIns == null) {
            try {
                signIns = javax.naming.InitialContext.doLookup("java:global/bank/bank-ejb/SignIns!"
                        + SignIns.class.getName());
            } catch (javax.naming.NamingException e) {
                throw new IllegalStateException("The sign-in throttle is not deployed", e);
            }
        }
        return signIns;
    }
}
