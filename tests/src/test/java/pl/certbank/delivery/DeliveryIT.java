package pl.certbank.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDeployment;

/**
 * Publishing and delivery in a real server: the demo form published at start, exam clients with tokens, the window,
 * other centres, keys never delivered, idempotent submissions, justifications, errata, and four eyes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class DeliveryIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Fields that carry a key, a rationale or who wrote an item: none may reach an exam client. */
    private static final Set<String> SECRET_FIELDS = Set.of("correct", "truth", "pairs", "sequence", "accepted",
            "tolerance", "rationale", "author", "key", "keys", "difficulty", "difficultyEstimate", "statistics",
            "source", "criteria", "outcomes", "sets", "answer".repeat(0) + "rule");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BankDeployment.asBuilt();
    }

    public static String token(String client, String secret) {
        HttpResponse<String> r = post("/api/v1/delivery/token", "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=" + enc(client) + "&client_secret=" + enc(secret), null);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject json = parse(r.body()).asJsonObject();
        assertEquals("Bearer", json.getString("token_type"));
        assertTrue(json.getInt("expires_in") > 0);
        return json.getString("access_token");
    }

    public static HttpResponse<String> post(String path, String type, String body, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BankApi.baseUrl() + path))
                .header("Content-Type", type).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return send(b.build());
    }

    public static HttpResponse<String> get(String path, String bearer, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BankApi.baseUrl() + path)).header("Accept",
                "application/json");
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static JsonValue parse(String body) {
        return Json.createReader(new StringReader(body)).readValue();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonObject demoSession(String token) {
        HttpResponse<String> sessions = get("/api/v1/delivery/sessions", token);
        assertEquals(200, sessions.statusCode(), sessions.body());
        return parse(sessions.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("form").equals("CRM-PRK4-DEMO-1") && "ELECTRONIC".equals(s.getString("mode")))
                .findFirst().orElseThrow();
    }

    private static long demoFormId() {
        return BankApi.json(BankApi.getAs("publisher", "/api/v1/forms")).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(f -> f.getString("code").equals("CRM-PRK4-DEMO-1")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    @Test
    void anExamClientFetchesItsOpenSessionWithATokenAndNeverSeesAKey() {
        assertEquals(401, get("/api/v1/delivery/sessions", null).statusCode());
        HttpResponse<String> forged = get("/api/v1/delivery/sessions", "eyJhbGciOiJIUzI1NiJ9.e30.AAAA");
        assertEquals(401, forged.statusCode());
        assertTrue(forged.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(forged.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(401, post("/api/v1/delivery/token", "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=exam-client&client_secret=wrong", null).statusCode());
        assertEquals(400, post("/api/v1/delivery/token", "application/x-www-form-urlencoded",
                "grant_type=password&client_id=exam-client&client_secret=exam-client", null).statusCode());

        String token = token("exam-client", "exam-client");
        JsonObject session = demoSession(token);
        assertEquals("OPEN", session.getString("state"));
        List<String> variants = session.getJsonArray("variants").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertEquals(List.of("A", "B", "C", "D"), variants);
        Set<List<String>> orders = new java.util.HashSet<>();
        for (String name : variants) {
            String path = "/api/v1/delivery/sessions/" + session.getJsonNumber("id") + "/variants/" + name;
            HttpResponse<String> variant = get(path, token);
            assertEquals(200, variant.statusCode(), variant.body());
            String etag = variant.headers().firstValue("ETag").orElseThrow();
            String cache = variant.headers().firstValue("Cache-Control").orElseThrow();
            assertTrue(cache.contains("private") && cache.contains("immutable"), cache);
            assertEquals(304, get(path, token, "If-None-Match", etag).statusCode());
            JsonObject payload = parse(variant.body()).asJsonObject();
            assertEquals(session.getString("snapshotHash"), payload.getString("snapshotHash"));
            List<String> leaks = new ArrayList<>();
            walk(payload, "", leaks);
            assertEquals(List.of(), leaks, "variant " + name + " leaks");
            orders.add(payload.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(i -> i.getString("reference")).toList());
        }
        assertTrue(orders.size() > 1, "the variants show the items in different orders");
    }

    /** Every field name anywhere in the payload must be one a candidate may see. */
    private static void walk(JsonValue value, String at, List<String> leaks) {
        if (value instanceof JsonObject object) {
            object.forEach((field, child) -> {
                if (SECRET_FIELDS.contains(field)) {
                    leaks.add(at + "/" + field);
                }
                walk(child, at + "/" + field, leaks);
            });
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), at + "/" + i, leaks);
            }
        }
    }

    @Test
    void aSubmissionCountsOnceAndItsJustificationNamesExactlyTheMissedOutcomes() {
        String token = token("exam-client", "exam-client");
        JsonObject session = demoSession(token);
        long sessionId = session.getJsonNumber("id").longValue();
        JsonObject snapshot = parse(BankApi.getAs("publisher", "/api/v1/forms/" + demoFormId()
                + "/snapshot/content").body()).asJsonObject();
        // correct answers to the choice items of the first outcome set whose key no erratum changed, nothing else
        Set<Integer> corrected = BankApi.json(BankApi.getAs("publisher", "/api/v1/forms/" + demoFormId()
                + "/errata")).asJsonArray().getValuesAs(JsonObject.class).stream().map(e -> e.getInt("position"))
                .collect(java.util.stream.Collectors.toSet());
        String firstSet = snapshot.getJsonArray("items").getJsonObject(0).getJsonArray("sets").getString(0);
        JsonObjectBuilder responses = Json.createObjectBuilder();
        Map<String, BigDecimal[]> outcomes = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal earned = BigDecimal.ZERO;
        for (JsonObject item : snapshot.getJsonArray("items").getValuesAs(JsonObject.class)) {
            BigDecimal points = new BigDecimal(item.getJsonObject("rule").getString("points"));
            boolean answered = item.getString("type").equals("SINGLE_CHOICE")
                    && !corrected.contains(item.getInt("position"))
                    && item.getJsonArray("sets").getValuesAs(JsonString.class).stream()
                            .anyMatch(s -> s.getString().equals(firstSet));
            if (answered) {
                JsonArray options = item.getJsonObject("answer").getJsonArray("options");
                for (int i = 0; i < options.size(); i++) {
                    if (options.getJsonObject(i).getBoolean("correct")) {
                        responses.add(item.getString("reference"), Json.createObjectBuilder().add("selected",
                                Json.createArrayBuilder().add("o" + (i + 1))));
                    }
                }
                earned = earned.add(points);
            }
            total = total.add(points);
            for (JsonString outcome : item.getJsonArray("outcomes").getValuesAs(JsonString.class)) {
                BigDecimal[] sum = outcomes.computeIfAbsent(outcome.getString(), o -> new BigDecimal[] {
                        BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(answered ? points : BigDecimal.ZERO);
                sum[1] = sum[1].add(points);
            }
        }
        BigDecimal passPercent = new BigDecimal(snapshot.getJsonObject("passMark").getString("percent"));
        Set<String> missed = new TreeSet<>();
        outcomes.forEach((code, sum) -> {
            if (sum[0].multiply(BigDecimal.valueOf(100)).compareTo(passPercent.multiply(sum[1])) < 0) {
                missed.add(code);
            }
        });
        assertFalse(missed.isEmpty());
        String attempt = "it-" + UUID.randomUUID();
        String body = Json.createObjectBuilder().add("attempt", attempt).add("candidate", "K-001").add("variant", "B")
                .add("responses", responses).build().toString();
        String path = "/api/v1/delivery/sessions/" + sessionId + "/attempts";
        HttpResponse<String> first = post(path, "application/json", body, token);
        assertEquals(201, first.statusCode(), first.body());
        JsonObject result = parse(first.body()).asJsonObject().getJsonObject("result");
        assertEquals(0, earned.compareTo(result.getJsonObject("total").getJsonNumber("points").bigDecimalValue()));
        assertEquals(0, total.compareTo(result.getJsonObject("total").getJsonNumber("maximum").bigDecimalValue()));
        assertEquals(missed, new TreeSet<>(result.getJsonObject("shortfall").getJsonArray("outcomes")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
        assertFalse(result.getBoolean("passed"));
        assertFalse(result.containsKey("items"), "no points per item reach an exam client (they would tell the key)");
        assertFalse(result.containsKey("criteria"));

        HttpResponse<String> again = post(path, "application/json", body, token);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(first.body().replaceAll("\"scoredAt\":\"[^\"]*\"", ""),
                again.body().replaceAll("\"scoredAt\":\"[^\"]*\"", ""));
        String other = body.replace("K-001", "K-002");
        HttpResponse<String> conflict = post(path, "application/json", other, token);
        assertEquals(409, conflict.statusCode(), conflict.body());
        List<JsonObject> rows = BankApi.json(BankApi.getAs("publisher", "/api/v1/exam-sessions/" + sessionId
                + "/results")).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("attempt").equals(attempt)).toList();
        assertEquals(1, rows.size(), "the attempt counts once");

        HttpResponse<String> unknown = post(path, "application/json", body.replace(attempt, attempt + "x")
                .replace("\"responses\":{", "\"responses\":{\"NO-SUCH-ITEM\":{\"selected\":[]},"), token);
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("NO-SUCH-ITEM"), unknown.body());
        HttpResponse<String> second = post(path, "application/json", body.replace(attempt, attempt + "y"), token);
        assertEquals(409, second.statusCode(), "one attempt per candidate and session: " + second.body());

        JsonObject full = BankApi.json(BankApi.send("GET", "/api/v1/exam-sessions/" + sessionId + "/results/"
                + attempt, "publisher", null, "Accept-Language", "pl")).asJsonObject();
        String justification = String.join("\n", full.getJsonArray("justification").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList());
        assertTrue(justification.contains("wynik negatywny"), justification);
        missed.forEach(code -> assertTrue(justification.contains("Efekt uczenia się " + code), justification));
        outcomes.keySet().stream().filter(code -> !missed.contains(code)).forEach(code -> assertFalse(
                justification.contains("Efekt uczenia się " + code + " "), justification));
        assertTrue(full.getJsonObject("replay").getBoolean("matchesStored"));
        assertTrue(full.getJsonObject("replay").getBoolean("payloadMatches"));
        assertEquals("B", full.getJsonObject("replay").getString("variant"));
        HttpResponse<String> pdf = BankApi.send("GET", "/api/v1/exam-sessions/" + sessionId + "/results/" + attempt
                + "/justification.pdf", "publisher", null, "Accept", "application/pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.body().startsWith("%PDF-"));
    }

    @Test
    void aCandidateGetsAVariantOfTheirOwnThatReplaysFromItsSeed() {
        String token = token("exam-client", "exam-client");
        long sessionId = demoSession(token).getJsonNumber("id").longValue();
        String candidate = "K-" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/api/v1/delivery/sessions/" + sessionId + "/candidates";
        String body = "{\"candidate\": \"" + candidate + "\"}";
        HttpResponse<String> made = post(path, "application/json", body, token);
        assertEquals(201, made.statusCode(), made.body());
        String name = parse(made.body()).asJsonObject().getString("variant");
        assertTrue(name.startsWith("P"), name);
        HttpResponse<String> again = post(path, "application/json", body, token);
        assertEquals(200, again.statusCode());
        assertEquals(name, parse(again.body()).asJsonObject().getString("variant"));
        HttpResponse<String> other = post(path, "application/json", "{\"candidate\": \"" + candidate + "-2\"}", token);
        assertNotEquals(name, parse(other.body()).asJsonObject().getString("variant"));

        HttpResponse<String> variant = get("/api/v1/delivery/sessions/" + sessionId + "/variants/" + name, token);
        assertEquals(200, variant.statusCode(), variant.body());
        assertEquals(name, parse(variant.body()).asJsonObject().getString("variant"));
        List<String> leaks = new ArrayList<>();
        walk(parse(variant.body()), "", leaks);
        assertEquals(List.of(), leaks);
        String attempt = "own-" + UUID.randomUUID();
        String submission = "{\"attempt\": \"" + attempt + "\", \"candidate\": \"" + candidate + "\", "
                + "\"variant\": \"" + name + "\", \"responses\": {}}";
        // someone else's own variant is not theirs to submit under
        assertEquals(400, post("/api/v1/delivery/sessions/" + sessionId + "/attempts", "application/json",
                submission.replace("\"candidate\": \"" + candidate + "\"", "\"candidate\": \"someone\"")
                        .replace(attempt, attempt + "-x"),
                token).statusCode());
        assertEquals(201, post("/api/v1/delivery/sessions/" + sessionId + "/attempts", "application/json", submission,
                token).statusCode());
        JsonObject replay = BankApi.json(BankApi.getAs("publisher", "/api/v1/exam-sessions/" + sessionId
                + "/results/" + attempt)).asJsonObject().getJsonObject("replay");
        assertEquals(name, replay.getString("variant"));
        assertTrue(replay.getBoolean("payloadMatches"), "the variant rebuilt from its seed is the one served");
        assertTrue(replay.getBoolean("matchesStored"));
        List<String> shown = parse(variant.body()).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(i -> i.getString("reference")).toList();
        assertEquals(shown, replay.getJsonArray("itemsShown").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
    }

    @Test
    void revokedRotatedOtherCentresAndClosedWindowsAreRefused() {
        long form = demoFormId();
        HttpResponse<String> made = BankApi.send("POST", "/api/v1/exam-clients", "publisher",
                "{\"clientId\": \"centre-" + (System.nanoTime() % 100000) + "\", \"name\": \"Ośrodek testowy\"}");
        assertEquals(201, made.statusCode(), made.body());
        JsonObject client = parse(made.body()).asJsonObject();
        long clientId = client.getJsonNumber("id").longValue();
        String token = token(client.getString("clientId"), client.getString("secret"));
        assertEquals(0, parse(get("/api/v1/delivery/sessions", token).body()).asJsonArray().size());
        // the demo centre's session is not this centre's: as unknown as none
        long demo = demoSession(token("exam-client", "exam-client")).getJsonNumber("id").longValue();
        HttpResponse<String> foreign = get("/api/v1/delivery/sessions/" + demo + "/variants/A", token);
        assertEquals(404, foreign.statusCode(), foreign.body());
        // a session whose window has passed
        String closed = "{\"form\": " + form + ", \"client\": " + clientId + ", \"name\": \"Wczoraj\", "
                + "\"opensAt\": \"2026-01-01T09:00:00+01:00\", \"closesAt\": \"2026-01-01T11:00:00+01:00\", "
                + "\"expectedCandidates\": 5}";
        HttpResponse<String> scheduled = BankApi.send("POST", "/api/v1/exam-sessions", "publisher", closed);
        assertEquals(201, scheduled.statusCode(), scheduled.body());
        long past = parse(scheduled.body()).asJsonObject().getJsonNumber("id").longValue();
        HttpResponse<String> outside = get("/api/v1/delivery/sessions/" + past + "/variants/A", token);
        assertEquals(403, outside.statusCode(), outside.body());
        assertTrue(outside.body().contains("2026-01-01"), outside.body());
        // rotation ends the old token at once, revocation the new one
        HttpResponse<String> rotated = BankApi.send("POST", "/api/v1/exam-clients/" + clientId + "/rotate",
                "publisher", null);
        assertEquals(200, rotated.statusCode(), rotated.body());
        assertEquals(401, get("/api/v1/delivery/sessions", token).statusCode());
        String fresh = token(client.getString("clientId"), parse(rotated.body()).asJsonObject().getString("secret"));
        assertEquals(200, get("/api/v1/delivery/sessions", fresh).statusCode());
        assertEquals(200, BankApi.send("POST", "/api/v1/exam-clients/" + clientId + "/revoke", "publisher", null)
                .statusCode());
        assertEquals(401, get("/api/v1/delivery/sessions", fresh).statusCode());
        assertEquals(401, post("/api/v1/delivery/token", "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=" + client.getString("clientId") + "&client_secret="
                        + parse(rotated.body()).asJsonObject().getString("secret"),
                null).statusCode());
        // staff cannot use the delivery API with their own credentials, nor exam clients the staff API
        assertEquals(401, BankApi.getAs("publisher", "/api/v1/delivery/sessions").statusCode());
        assertNotEquals(200, BankApi.getAs("exam-client", "/api/v1/exam-clients").statusCode());
    }

    @Test
    void theDesignerCannotPublishTheirOwnFormAndASnapshotNeverChanges() throws InterruptedException {
        long blueprint = BankApi.json(BankApi.getAs("admin", "/api/v1/blueprints")).asJsonArray()
                .getValuesAs(JsonObject.class).get(0).getJsonNumber("id").longValue();
        // an item of this test's own (the demo items stay as they are for the tests that compare them), approved
        HttpResponse<String> created = BankApi.send("POST", "/api/v1/items", "author", ownItem("<p>Publikacja: "
                + UUID.randomUUID() + "?</p>"));
        assertEquals(201, created.statusCode(), created.body());
        long item = parse(created.body()).asJsonObject().getJsonNumber("id").longValue();
        assertEquals(200, BankApi.send("POST", "/api/v1/items/" + item + "/submit", "author", null, "If-Match",
                created.headers().firstValue("ETag").orElseThrow()).statusCode());
        assertEquals(200, BankApi.send("POST", "/api/v1/reviews/" + item + "/approve", "reviewer", "{}")
                .statusCode());
        HttpResponse<String> started = BankApi.send("POST", "/api/v1/assembly-runs", "admin",
                "{\"blueprint\": " + blueprint + ", \"timeLimitSeconds\": 3, \"locks\": {\"out\": [], \"in\": "
                        + "[{\"form\": 1, \"item\": " + item + "}]}}");
        assertEquals(202, started.statusCode(), started.body());
        long run = parse(started.body()).asJsonObject().getJsonNumber("id").longValue();
        String status = "QUEUED";
        for (int i = 0; i < 480 && (status.equals("QUEUED") || status.equals("RUNNING")); i++) {
            Thread.sleep(250);
            status = BankApi.json(BankApi.getAs("admin", "/api/v1/assembly-runs/" + run)).asJsonObject()
                    .getString("status");
        }
        HttpResponse<String> accepted = BankApi.send("POST", "/api/v1/assembly-runs/" + run + "/accept", "admin",
                null);
        assertEquals(201, accepted.statusCode(), accepted.body());
        long form = BankApi.json(BankApi.getAs("admin", "/api/v1/forms")).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(f -> f.getString("code").endsWith("-R" + run + "-1")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String path = "/api/v1/forms/" + form;
        assertEquals(409, BankApi.send("POST", path + "/publish", "publisher", "{}").statusCode(),
                "a draft is frozen before it is published");
        HttpResponse<String> frozen = BankApi.send("POST", path + "/freeze", "admin", null);
        assertEquals(200, frozen.statusCode(), frozen.body());
        assertEquals("FROZEN", parse(frozen.body()).asJsonObject().getString("status"));
        assertEquals(List.of(), parse(frozen.body()).asJsonObject().getJsonArray("violations"));
        HttpResponse<String> own = BankApi.send("POST", path + "/publish", "admin", "{\"variants\": 2}");
        assertEquals(403, own.statusCode(), own.body());
        assertTrue(own.body().contains("OWN_FORM"), own.body());
        assertEquals(403, BankApi.send("POST", path + "/publish", "designer", "{}").statusCode());
        HttpResponse<String> published = BankApi.send("POST", path + "/publish", "publisher", "{\"variants\": 2}");
        assertEquals(200, published.statusCode(), published.body());
        JsonObject snapshot = parse(published.body()).asJsonObject().getJsonObject("snapshot");
        String content = BankApi.getAs("publisher", path + "/snapshot/content").body();
        assertEquals(409, BankApi.send("POST", path + "/publish", "publisher", "{}").statusCode());
        assertEquals(409, BankApi.send("POST", path + "/freeze", "admin", null).statusCode());

        // the bank moves on: an item of the form is edited and approved again; the snapshot stays byte for byte
        assertTrue(parse(BankApi.getAs("admin", path).body()).asJsonObject().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(i -> i.getJsonNumber("item").longValue() == item),
                "the locked item is on the form");
        String etag = BankApi.getAs("author", "/api/v1/items/" + item).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> edited = BankApi.send("PUT", "/api/v1/items/" + item, "author", ownItem(
                "<p>Nowa treść po publikacji " + UUID.randomUUID() + "?</p>"), "If-Match", etag);
        assertEquals(200, edited.statusCode(), edited.body());
        String edit = edited.headers().firstValue("ETag").orElseThrow();
        assertEquals(200, BankApi.send("POST", "/api/v1/items/" + item + "/submit", "author", null, "If-Match", edit)
                .statusCode());
        HttpResponse<String> approved = BankApi.send("POST", "/api/v1/reviews/" + item + "/approve", "reviewer", "{}");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals(content, BankApi.getAs("publisher", path + "/snapshot/content").body());
        assertEquals(snapshot.getString("hash"), BankApi.json(BankApi.getAs("publisher", path + "/snapshot"))
                .asJsonObject().getJsonObject("snapshot").getString("hash"));
        assertEquals(403, BankApi.getAs("printer", path + "/snapshot").statusCode());

        // withdrawal keeps the snapshot; a new session of a withdrawn form is refused
        assertEquals(422, BankApi.send("POST", path + "/withdraw", "publisher", "{}").statusCode());
        assertEquals(200, BankApi.send("POST", path + "/withdraw", "publisher", "{\"reason\": \"próba\"}")
                .statusCode());
        assertEquals(content, BankApi.getAs("publisher", path + "/snapshot/content").body());
    }

    private static String ownItem(String stem) {
        return Json.createObjectBuilder().add("qualification", "CRM-PRK4").add("type", "SINGLE_CHOICE")
                .add("stem", stem).add("options", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("text", "tak").add("correct", true))
                        .add(Json.createObjectBuilder().add("text", "nie").add("correct", false))
                        .add(Json.createObjectBuilder().add("text", "może").add("correct", false)))
                .add("criteria", Json.createArrayBuilder().add("Z1.1.1")).add("difficulty", "MEDIUM")
                .add("cognitiveLevel", "REMEMBER").add("language", "pl").build().toString();
    }

    @Test
    void anErratumRescoresAttemptsAndKeepsBothScores() {
        String token = token("exam-client", "exam-client");
        long sessionId = demoSession(token).getJsonNumber("id").longValue();
        long form = demoFormId();
        JsonObject snapshot = parse(BankApi.getAs("publisher", "/api/v1/forms/" + form + "/snapshot/content")
                .body()).asJsonObject();
        // the first single-choice item, answered with a wrong option that the erratum then makes the key
        JsonObject item = snapshot.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("type").equals("SINGLE_CHOICE")).findFirst().orElseThrow();
        JsonArray options = item.getJsonObject("answer").getJsonArray("options");
        int wrong = 0;
        while (options.getJsonObject(wrong).getBoolean("correct")) {
            wrong++;
        }
        String attempt = "erratum-" + UUID.randomUUID();
        HttpResponse<String> submitted = post("/api/v1/delivery/sessions/" + sessionId + "/attempts",
                "application/json", Json.createObjectBuilder().add("attempt", attempt).add("candidate", "K-7")
                        .add("variant", "A").add("responses", Json.createObjectBuilder().add(item.getString(
                                "reference"),
                                Json.createObjectBuilder().add("selected", Json.createArrayBuilder()
                                        .add("o" + (wrong + 1)))))
                        .build().toString(),
                token);
        assertEquals(201, submitted.statusCode(), submitted.body());
        BigDecimal before = parse(submitted.body()).asJsonObject().getJsonObject("result").getJsonObject("total")
                .getJsonNumber("points").bigDecimalValue();
        var corrected = Json.createArrayBuilder();
        for (int i = 0; i < options.size(); i++) {
            corrected.add(Json.createObjectBuilder().add("text", options.getJsonObject(i).getString("text"))
                    .add("correct", i == wrong));
        }
        String erratum = Json.createObjectBuilder().add("position", item.getInt("position"))
                .add("reason", "Klucz był błędny").add("answer", Json.createObjectBuilder().add("options", corrected))
                .build().toString();
        assertEquals(403, BankApi.send("POST", "/api/v1/forms/" + form + "/errata", "designer", erratum)
                .statusCode());
        HttpResponse<String> added = BankApi.send("POST", "/api/v1/forms/" + form + "/errata", "publisher", erratum);
        assertEquals(201, added.statusCode(), added.body());
        assertEquals(422, BankApi.send("POST", "/api/v1/forms/" + form + "/errata", "publisher", erratum)
                .statusCode(), "the same correction twice changes nothing");
        JsonObject full = BankApi.json(BankApi.getAs("publisher", "/api/v1/exam-sessions/" + sessionId + "/results/"
                + attempt)).asJsonObject();
        JsonArray scores = full.getJsonArray("scores");
        assertEquals(2, scores.size(), "the score as published and the one after the erratum");
        assertEquals(0, before.compareTo(scores.getJsonObject(0).getJsonObject("total").getJsonNumber("points")
                .bigDecimalValue()));
        BigDecimal points = new BigDecimal(item.getJsonObject("rule").getString("points"));
        assertEquals(0, before.add(points).compareTo(scores.getJsonObject(1).getJsonObject("total")
                .getJsonNumber("points").bigDecimalValue()));
        assertEquals(1, scores.getJsonObject(1).getInt("errataApplied"));
        assertTrue(full.getJsonObject("replay").getBoolean("matchesStored"));
        // the snapshot itself did not change
        assertEquals(snapshot, parse(BankApi.getAs("publisher", "/api/v1/forms/" + form + "/snapshot/content")
                .body()).asJsonObject());
    }
}
