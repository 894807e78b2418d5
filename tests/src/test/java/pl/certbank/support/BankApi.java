package pl.certbank.support;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for the REST API of the test server, as an exam client or a script would call it. */
public final class BankApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private BankApi() {
    }

    public static String baseUrl() {
        return System.getProperty("bank.url", "http://127.0.0.1:8180/bank");
    }

    /** GET with Basic credentials; user null means anonymous. */
    public static HttpResponse<String> get(String path, String user, String password) {
        return request("GET", path, user, password, null);
    }

    /** Any method with a JSON body (null for none) and extra headers, as the named demo user. */
    public static HttpResponse<String> send(String method, String path, String role, String json,
            String... headers) {
        return request(method, path, role, role, json, headers);
    }

    /** GET as the demo user named after the role (demo users have their name as password). */
    public static HttpResponse<String> getAs(String role, String path) {
        return get(path, role, role);
    }

    /**
     * A browser-like session of the demo user named after the role: signed in once through the login form, then
     * authenticated by its cookie, so that a test reading hundreds of resources does not pay a password check each.
     */
    public static Session signedIn(String role) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        Session session = new Session(client);
        session.send(HttpRequest.newBuilder(URI.create(url("/index.xhtml"))).GET());
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(URI.create(url("/j_security_check")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + role + "&j_password=" + role)));
        if (login.statusCode() >= 400) {
            throw new IllegalStateException("Signing in as " + role + " failed: " + login.statusCode());
        }
        return session;
    }

    /** Requests with a signed-in session's cookie. */
    public static final class Session {
        private final HttpClient client;

        private Session(HttpClient client) {
            this.client = client;
        }

        public HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json").GET());
        }

        /** A call with the session's cookie only (no credentials), a JSON body (or none) and extra headers. */
        public HttpResponse<String> send(String method, String path, String json, String... headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).method(method, json == null
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json,
                            StandardCharsets.UTF_8))
                    .header("Accept", "application/json");
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return send(request);
        }

        public HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Any method with a binary body (null for none) of the given type, as the named demo user, bytes back. */
    public static HttpResponse<byte[]> binary(String method, String path, String role, byte[] body,
            String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Accept", "*/*");
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (role != null) {
            String token = Base64.getEncoder().encodeToString((role + ":" + role).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }

    /** Accepts JSON; sends it (with its Content-Type) only when there is a body, as a real client would. */
    private static HttpResponse<String> request(String method, String path, String user, String password,
            String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Accept", "application/json");
        if (json != null || !"GET".equals(method)) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String url(String path) {
        return path.startsWith("http") ? path : baseUrl() + path;
    }
}
