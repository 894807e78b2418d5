package pl.certbank.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDatabase;
import pl.certbank.support.BankDeployment;

/**
 * Wrong passwords slow down their source, never the account: the test server trusts 127.0.0.1 as a proxy, so each
 * test speaks for made-up sources through X-Forwarded-For (documentation addresses, RFC 5737).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottlingIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BankDeployment.asBuilt();
    }

    @Test
    void tenWrongPasswordsFromOneSourceDoNotStopTheRightOneFromAnother() throws Exception {
        String attacker = "203.0.113.10";
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(basic(attacker, "designer", "wrong-" + i));
        }
        assertEquals(401, answers.get(0).statusCode());
        HttpResponse<String> throttled = answers.stream().filter(a -> a.statusCode() == 429).findFirst()
                .orElseThrow(() -> new AssertionError("ten wrong passwords were never throttled: " + answers.stream()
                        .map(HttpResponse::statusCode).toList()));
        assertTrue(answers.stream().allMatch(a -> a.statusCode() == 401 || a.statusCode() == 429));
        long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        assertTrue(throttled.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("SignIns.THROTTLED", ((JsonObject) BankApi.json(throttled)).getString("reason"));

        assertEquals(200, basic("203.0.113.20", "designer", "designer").statusCode(),
                "the account itself is not locked: its owner signs in from elsewhere");
        assertEquals(200, BankApi.getAs("designer", "/api/v1/qualifications").statusCode());
        assertEquals(429, basic(attacker, "designer", "designer").statusCode(),
                "the throttled source waits even with the right password: it is not even checked");
    }

    @Test
    void anAdminSeesTheThrottleAndLiftsItAndTheAuditTrailTellsSo() throws Exception {
        String source = "203.0.113.30";
        for (int i = 0; i < 8; i++) {
            basic(source, "printer", "wrong");
        }
        assertEquals(429, basic(source, "printer", "printer").statusCode());
        JsonArray throttles = (JsonArray) BankApi.json(BankApi.getAs("admin", "/api/v1/security/throttles"));
        JsonObject entry = throttles.getValuesAs(JsonObject.class).stream().filter(t -> source.equals(t.getString(
                "source", null)) && "printer".equals(t.getString("account", null))).findFirst().orElseThrow(
                        () -> new AssertionError(throttles.toString()));
        assertTrue(entry.getInt("failures") >= 6, entry.toString());
        assertTrue(entry.getJsonNumber("retryAfterSeconds").longValue() >= 1, entry.toString());
        assertEquals(403, BankApi.getAs("author", "/api/v1/security/throttles").statusCode());

        assertEquals(204, BankApi.send("DELETE", "/api/v1/security/throttles?source=" + URLEncoder.encode(source,
                StandardCharsets.UTF_8) + "&account=printer", "admin", null).statusCode());
        assertEquals(200, basic(source, "printer", "printer").statusCode(), "lifted: the right password works");

        JsonArray audit = (JsonArray) BankApi.json(BankApi.getAs("admin", "/api/v1/audit?subject=USER:" + userId(
                "printer")));
        List<String> actions = audit.getValuesAs(JsonObject.class).stream().map(e -> e.getString("action"))
                .toList();
        assertTrue(actions.contains("SIGN_IN_THROTTLED") && actions.contains("SIGN_IN_THROTTLE_LIFTED"), actions
                .toString());
    }

    @Test
    void theLoginFormSaysHowLongToWait() throws Exception {
        String source = "203.0.113.40";
        HttpResponse<String> last = null;
        for (int i = 0; i < 8; i++) {
            last = form(source, "reviewer", "wrong");
        }
        assertEquals(303, last.statusCode());
        String location = last.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches(".*/login\\.xhtml\\?wait=\\d+"), location);
        assertTrue(last.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void aBurstOfRightCredentialsNeverTripsIt() throws Exception {
        for (int i = 0; i < 40; i++) {
            assertEquals(200, basic("203.0.113.50", "exam-client", "exam-client").statusCode(), "call " + i);
        }
    }

    private static HttpResponse<String> basic(String source, String user, String password) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(BankApi.baseUrl() + "/api/v1/qualifications"))
                .header("Authorization", "Basic " + token).header("X-Forwarded-For", source)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> form(String source, String user, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        client.send(HttpRequest.newBuilder(URI.create(BankApi.baseUrl() + "/index.xhtml")).header("X-Forwarded-For",
                source).GET().build(), HttpResponse.BodyHandlers.discarding());
        return client.send(HttpRequest.newBuilder(URI.create(BankApi.baseUrl() + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", source)
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=" + password))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long userId(String username) throws Exception {
        try (Connection db = BankDatabase.connect();
                PreparedStatement query = db.prepareStatement("SELECT id FROM bank_user WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
