package pl.certbank.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.UUID;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDeployment;

/**
 * A page of another site cannot act with an expert's session cookie: state-changing API calls that only the cookie
 * authenticates need a same-origin proof, the cookie is SameSite=Lax (and Secure over HTTPS), and every response
 * carries the headers that keep it out of frames and from being sniffed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteIT {

    private static final String ITEM = """
            {"qualification": "CRM-PRK4", "type": "TRUE_FALSE", "stem": "<p>Lead to potencjalny klient %s.</p>",
             "truth": true, "criteria": ["Z1.1.4"]}""";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BankDeployment.asBuilt();
    }

    @Test
    void aCrossOriginChangeWithOnlyTheCookieIsRefusedAndTheSameCallWithBasicWorks() {
        BankApi.Session session = BankApi.signedIn("author");
        JsonObject item = draft();
        long id = item.getJsonNumber("id").longValue();
        String etag = "\"" + item.getJsonNumber("revision").longValue() + "\"";
        String submit = "/api/v1/items/" + id + "/submit";

        for (String[] foreign : List.of(new String[0], new String[] {"Origin", "https://evil.example"},
                new String[] {"Sec-Fetch-Site", "cross-site"}, new String[] {"Sec-Fetch-Site", "same-site"},
                new String[] {"Origin", "null"}, new String[] {"Origin", BankApi.baseUrl().replace("127.0.0.1",
                        "127.0.0.1.evil.example")})) {
            String[] headers = concat(foreign, "If-Match", etag);
            HttpResponse<String> refused = session.send("POST", submit, null, headers);
            assertEquals(403, refused.statusCode(), String.join(" ", foreign) + ": " + refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
        HttpResponse<String> upload = session.send(HttpRequest.newBuilder(URI.create(BankApi.baseUrl()
                + "/api/v1/images")).header("Content-Type", "multipart/form-data; boundary=b").header("Origin",
                        "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: "
                        + "form-data; name=\"file\"; filename=\"a.png\"\r\n\r\nx\r\n--b--\r\n")));
        assertEquals(403, upload.statusCode(), "a cross-site multipart upload: " + upload.body());
        assertEquals("DRAFT", status(id), "nothing changed");

        assertEquals(200, BankApi.send("POST", submit, "author", null, "If-Match", etag, "Origin",
                "https://evil.example").statusCode(), "Basic credentials are their own proof, whatever the Origin");
        assertEquals("IN_REVIEW", status(id));
    }

    @Test
    void theBanksOwnPagesProveTheirOrigin() {
        BankApi.Session session = BankApi.signedIn("author");
        JsonObject first = draft();
        JsonObject second = draft();
        String origin = BankApi.baseUrl().replaceAll("^(https?://[^/]+).*$", "$1");
        assertEquals(200, session.send("POST", "/api/v1/items/" + first.getInt("id") + "/submit", null, "If-Match",
                "\"" + first.getInt("revision") + "\"", "Origin", origin).statusCode());
        assertEquals(200, session.send("POST", "/api/v1/items/" + second.getInt("id") + "/submit", null,
                "If-Match", "\"" + second.getInt("revision") + "\"", "Sec-Fetch-Site", "same-origin").statusCode());
        assertEquals(200, session.get("/api/v1/items/" + first.getInt("id")).statusCode(),
                "reading needs no proof");
    }

    @Test
    void pagesAndApiAnswersCarryTheProtectiveHeaders() {
        for (String path : List.of("/login.xhtml", "/api/v1/health", "/api/v1/qualifications")) {
            HttpResponse<String> response = BankApi.getAs("designer", path);
            assertEquals(200, response.statusCode(), path);
            assertEquals("nosniff", header(response, "X-Content-Type-Options"), path);
            assertEquals("same-origin", header(response, "Referrer-Policy"), path);
            assertEquals("DENY", header(response, "X-Frame-Options"), path);
            String policy = header(response, "Content-Security-Policy");
            assertTrue(policy.contains("frame-ancestors 'none'"), path + ": " + policy);
            assertFalse(policy.contains("'unsafe-eval'"), path + ": " + policy);
            if (path.startsWith("/api/")) {
                assertTrue(policy.startsWith("default-src 'none'"), path + ": " + policy);
            } else {
                String scripts = policy.replaceAll("^.*script-src ([^;]*).*$", "$1");
                assertTrue(scripts.matches("'self' 'nonce-[A-Za-z0-9+/=_-]+'"), "pages run only their own "
                        + "and nonce-carrying scripts: " + scripts);
            }
        }
        BankApi.Session session = BankApi.signedIn("author");
        HttpResponse<String> page = session.get("/items/list.xhtml");
        assertTrue(header(page, "Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertTrue(page.body().contains("nonce=\""), "PrimeFaces' scripts carry the nonce");
        assertFalse(page.body().matches("(?s).*\\son(click|change|load|submit|keyup|keydown)=\".*"),
                "no inline event handler on a page");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndSecureOverHttps() throws Exception {
        HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BankApi
                .baseUrl() + "/index.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(plain);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertFalse(cookie.toLowerCase(java.util.Locale.ROOT).contains("secure"),
                "over plain HTTP a Secure cookie would never come back: " + cookie);

        SSLContext trustingTheTestCertificate = SSLContext.getInstance("TLS");
        trustingTheTestCertificate.init(null, new TrustManager[] {new TrustAll()}, null);
        HttpsURLConnection secure = (HttpsURLConnection) URI.create(System.getProperty("bank.https.url",
                "https://127.0.0.1:8543/bank") + "/index.xhtml").toURL().openConnection();
        secure.setSSLSocketFactory(trustingTheTestCertificate.getSocketFactory());
        secure.setHostnameVerifier((host, session) -> true);
        secure.setInstanceFollowRedirects(false);
        secure.getResponseCode();
        String secureCookie = secure.getHeaderFields().getOrDefault("Set-Cookie", List.of()).stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow(() -> new AssertionError(
                        "no session cookie over HTTPS: " + secure.getHeaderFields()));
        secure.disconnect();
        assertTrue(secureCookie.toLowerCase(java.util.Locale.ROOT).contains("; secure") && secureCookie.contains(
                "SameSite=Lax"), secureCookie);
    }

    private static JsonObject draft() {
        var created = BankApi.send("POST", "/api/v1/items", "author", ITEM.formatted(UUID.randomUUID()));
        assertEquals(201, created.statusCode(), created.body());
        return (JsonObject) BankApi.json(created);
    }

    private static String status(long id) {
        return ((JsonObject) BankApi.json(BankApi.getAs("author", "/api/v1/items/" + id))).getString("status");
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError(name + " missing on "
                + response.uri()));
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /** The test server's self-signed certificate (generated by WildFly on first use) is trusted here only. */
    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String type) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String type) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
