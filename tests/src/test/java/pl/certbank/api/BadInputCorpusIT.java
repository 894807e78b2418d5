package pl.certbank.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Flow;
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
 * Bad input never gives a 5xx and never changes anything: a generated corpus of broken bodies, types, texts, sizes,
 * content types and headers against every write endpoint ({@link WriteEndpoints}); each must be refused with a 4xx
 * problem+json, and the row count of every table and the newest audit entry must be as before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputCorpusIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Bodies over the limit end their connection (the rest is never read): they keep to connections of their own. */
    private static final HttpClient LARGE = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BankDeployment.asBuilt();
    }

    /** One bad request: its class (for the report), what it does, and the request. */
    record Case(String kind, String what, HttpRequest request) {
    }

    @Test
    void noBadRequestGetsAServerErrorOrChangesTheBank() throws Exception {
        WriteEndpoints.Fixtures fixtures = fixtures();
        List<Case> corpus = corpus(fixtures);
        assertTrue(corpus.size() >= 300, "the corpus has " + corpus.size() + " cases");
        Map<String, Map<Integer, Integer>> byKind = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        try (Connection db = BankDatabase.connect()) {
            BankDatabase.Snapshot before = BankDatabase.snapshot(db);
            for (Case c : corpus) {
                HttpResponse<String> response;
                try {
                    response = (c.kind().equals("too large") || c.request().bodyPublisher().map(
                            HttpRequest.BodyPublisher::contentLength).orElse(0L) > 1_000_000 ? LARGE : HTTP)
                            .send(c.request(),
                                    HttpResponse.BodyHandlers.ofString());
                } catch (IOException e) {
                    failures.add(c.kind() + " / " + c.what() + ": no answer (" + e + ")");
                    continue;
                }
                int status = response.statusCode();
                byKind.computeIfAbsent(c.kind(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (status < 400 || status >= 500 || !type.startsWith(PROBLEM)) {
                    failures.add(c.kind() + " / " + c.what() + ": " + status + " " + type + " " + shorten(response
                            .body()));
                }
                BankDatabase.Snapshot after = BankDatabase.snapshot(db);
                if (!after.equals(before)) {
                    failures.add(c.kind() + " / " + c.what() + ": changed the bank " + diff(before, after));
                    before = after;
                }
            }
            failures.addAll(rawSocketCases(fixtures, db, before, byKind));
        }
        failures.forEach(failure -> System.out.println("NOT REFUSED CLEANLY: " + failure.replace('\n', ' ')));
        System.out.println("BAD-INPUT CORPUS: " + corpus.size() + " cases (+ raw), by class and status: " + byKind);
        assertEquals(List.of(), failures, failures.size() + " of " + corpus.size() + " bad requests were not refused "
                + "cleanly");
    }

    private static WriteEndpoints.Fixtures fixtures() {
        JsonObject draft = create("author", "<p>Korpus: szkic</p>");
        JsonObject review = create("author", "<p>Korpus: w recenzji</p>");
        long inReview = review.getJsonNumber("id").longValue();
        assertEquals(200, BankApi.send("POST", "/api/v1/items/" + inReview + "/submit", "author", null).statusCode());
        var blueprint = BankApi.send("POST", "/api/v1/blueprints", "designer", WriteEndpoints.BLUEPRINT);
        assertEquals(201, blueprint.statusCode(), blueprint.body());
        long blueprintId = BankApi.json(blueprint).asJsonObject().getJsonNumber("id").longValue();
        long run = finishedRun(blueprintId);
        long out = BankApi.json(BankApi.getAs("designer", "/api/v1/assembly-runs/" + run)).asJsonObject()
                .getJsonArray("forms").getJsonObject(0).getJsonArray("items").getJsonObject(0)
                .getJsonNumber("item").longValue();
        long in = BankApi.json(BankApi.getAs("designer", "/api/v1/assembly-runs/" + run + "/swaps?form=1&item=" + out))
                .asJsonArray().getJsonObject(0).getJsonNumber("item").longValue();
        long published = BankApi.json(BankApi.getAs("publisher", "/api/v1/forms")).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(f -> f.getString("status").equals("PUBLISHED"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        String token = pl.certbank.delivery.DeliveryIT.token("exam-client", "exam-client");
        long session = ((JsonArray) pl.certbank.delivery.DeliveryIT.parse(pl.certbank.delivery.DeliveryIT.get(
                "/api/v1/delivery/sessions", token).body())).getValuesAs(JsonObject.class).stream()
                .filter(x -> "ELECTRONIC".equals(x.getString("mode"))).findFirst().orElseThrow().getJsonNumber("id")
                .longValue();
        String attempt = "corpus-" + java.util.UUID.randomUUID();
        var submitted = pl.certbank.delivery.DeliveryIT.post("/api/v1/delivery/sessions/" + session + "/attempts",
                "application/json", "{\"attempt\": \"" + attempt + "\", \"candidate\": \"K-1\", \"variant\": "
                        + "\"A\", \"responses\": {}}",
                token);
        assertEquals(201, submitted.statusCode(), submitted.body());
        // K-1 has their own variant already: a request for it changes nothing
        var own = pl.certbank.delivery.DeliveryIT.post("/api/v1/delivery/sessions/" + session + "/candidates",
                "application/json", "{\"candidate\": \"K-1\"}", token);
        assertTrue(own.statusCode() == 201 || own.statusCode() == 200, own.body());
        return new WriteEndpoints.Fixtures(draft.getJsonNumber("id").longValue(), inReview,
                draft.getString("reference"), blueprintId, run,
                "{\"form\": 1, \"out\": " + out + ", \"in\": " + in + "}", published, session, "Bearer " + token,
                attempt);
    }

    /** A short run of the blueprint, waited for. */
    private static long finishedRun(long blueprint) {
        var started = BankApi.send("POST", "/api/v1/assembly-runs", "designer",
                "{\"blueprint\": " + blueprint + ", \"timeLimitSeconds\": 3}");
        assertEquals(202, started.statusCode(), started.body());
        long run = BankApi.json(started).asJsonObject().getJsonNumber("id").longValue();
        for (int i = 0; i < 480; i++) {
            var status = BankApi.json(BankApi.getAs("designer", "/api/v1/assembly-runs/" + run)).asJsonObject()
                    .getString("status");
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return run;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("run " + run + " did not finish");
    }

    private static JsonObject create(String role, String stem) {
        var created = BankApi.send("POST", "/api/v1/items", role, WriteEndpoints.ITEM.replace(
                "<p>Korpus: pytanie?</p>", stem + " " + java.util.UUID.randomUUID()));
        assertEquals(201, created.statusCode(), created.body());
        return (JsonObject) BankApi.json(created);
    }

    static List<Case> corpus(WriteEndpoints.Fixtures f) {
        List<Case> cases = new ArrayList<>();
        for (WriteEndpoints.Endpoint e : WriteEndpoints.all(f)) {
            malformed(e, cases);
            contentTypes(e, cases);
            fields(e, cases);
            texts(e, cases);
            sizes(e, cases);
            headers(e, cases);
        }
        for (var bodiless : WriteEndpoints.bodiless(f)) {
            String path = bodiless.getValue();
            for (String tag : List.of("W/\"1\"", "\"abc\"", "1.7", "\"" + "9".repeat(30) + "\"")) {
                cases.add(new Case("If-Match", path + " " + tag,
                        request(bodiless.getKey(), path, "author", (byte[]) null, null,
                                "If-Match", tag)));
            }
        }
        cases.add(new Case("path", "restore of no version", request("POST", "/api/v1/items/" + f.draft()
                + "/restore/99", "author", (byte[]) null, null, "If-Match", etag(f.draft()))));
        cases.add(new Case("path", "restore/abc", request("POST", "/api/v1/items/" + f.draft() + "/restore/abc",
                "author", (byte[]) null, null, "If-Match", etag(f.draft()))));
        cases.add(new Case("path", "no such item", request("PUT", "/api/v1/items/999999999", "author",
                WriteEndpoints.ITEM, "application/json", "If-Match", "\"1\"")));
        images(cases);
        queries(cases);
        roles(f, cases);
        return cases;
    }

    /** Bodies that are not JSON, or not the JSON shape any endpoint takes. */
    private static void malformed(WriteEndpoints.Endpoint e, List<Case> cases) {
        List<String> bodies = List.of("", " ", "[]", "\"x\"", "1", "null", "{\"text\":\"x\"", "{\"a\": 1,}",
                "<item><stem>x</stem></item>", "{\"a\": 1} {}", "{\"a\": 1, \"a\": 2}", "{'a': 1}",
                "[".repeat(10_000) + "]".repeat(10_000), "{\"a\": NaN}", "{\"a\": 1e99999999}",
                "\uFEFF" + e.validBody());
        for (String body : bodies) {
            if (e.name().equals("retire") || e.name().equals("approve")) {
                if (body.isEmpty() || body.equals("null")) {
                    continue; // no body is a valid call of these (no reason / no comment): not bad input
                }
            }
            cases.add(new Case("malformed JSON", e.name() + " " + shorten(body), call(e, body, "application/json")));
        }
        cases.add(new Case("malformed JSON", e.name() + " not UTF-8", callBytes(e, new byte[] {'{', '"', (byte) 0xC3,
                '"', ':', '1', '}'}, "application/json")));
    }

    private static void contentTypes(WriteEndpoints.Endpoint e, List<Case> cases) {
        for (String type : List.of(";;;", "text/plain", "application/xml", "application/json; charset=",
                "image/png", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "%%%/x")) {
            cases.add(new Case("content type", e.name() + " " + type, call(e, e.validBody(), type)));
        }
    }

    /** Each field of the accepted body replaced by values of the wrong kind. */
    private static void fields(WriteEndpoints.Endpoint e, List<Case> cases) {
        JsonObject valid = parse(e.validBody());
        for (String field : valid.keySet()) {
            for (JsonValue wrong : wrongValues(valid.get(field), e.names().contains(field))) {
                JsonObject broken = Json.createObjectBuilder(valid).add(field, wrong).build();
                cases.add(new Case("wrong type", e.name() + " " + field + "=" + shorten(wrong.toString()), call(e,
                        broken.toString(), "application/json")));
            }
        }
        cases.add(new Case("unknown field", e.name() + " misspelt field", call(e, Json.createObjectBuilder(valid)
                .add("rationle", "literówka").build().toString(), "application/json")));
        boolean writesItems = valid.containsKey("stem");
        if (writesItems) {
            cases.add(new Case("unknown field", e.name() + " misspelt option field", call(e, Json.createObjectBuilder(
                    valid).add("options",
                            Json.createArrayBuilder().add(Json.createObjectBuilder().add("txt", "tak")
                                    .add("correct", true)).add(Json.createObjectBuilder().add("text", "nie")))
                    .build()
                    .toString(), "application/json")));
        }
        if (valid.containsKey("options")) {
            for (JsonValue correct : List.of(Json.createValue("yes"), Json.createValue(1),
                    JsonValue.EMPTY_JSON_ARRAY)) {
                JsonObject option = Json.createObjectBuilder().add("text", "tak").add("correct", correct).build();
                JsonObject broken = Json.createObjectBuilder(valid).add("options", Json.createArrayBuilder()
                        .add(option).add(Json.createObjectBuilder().add("text", "nie"))).build();
                cases.add(new Case("wrong type", e.name() + " options/0/correct=" + correct, call(e,
                        broken.toString(), "application/json")));
            }
            for (String typed : List.of(
                    "{\"type\": \"TRUE_FALSE\", \"truth\": \"yes\"}",
                    "{\"type\": \"SHORT_ANSWER\", \"accepted\": [\"72\"], \"numeric\": \"true\"}",
                    "{\"type\": \"SHORT_ANSWER\", \"accepted\": [\"72\"], \"numeric\": true, \"tolerance\": 1e309}",
                    "{\"type\": \"SHORT_ANSWER\", \"accepted\": [\"72\"], \"numeric\": true, \"tolerance\": -1}",
                    "{\"type\": \"SHORT_ANSWER\", \"accepted\": [\"72\"], \"numeric\": true, \"tolerance\": \"0.5\"}",
                    "{\"type\": \"SHORT_ANSWER\", \"accepted\": [\"1e999999999\"], \"numeric\": true}",
                    "{\"type\": \"MATCHING\", \"pairs\": [{\"premise\": 1, \"response\": \"x\"}]}",
                    "{\"type\": \"MATCHING\", \"pairs\": \"a-b\"}",
                    "{\"type\": \"ORDERING\", \"sequence\": [\"a\", null, \"c\"]}",
                    "{\"type\": \"ORDERING\", \"sequence\": [\"a\", \"b\", [\"c\"]]}",
                    "{\"difficultyEstimate\": 1.5}", "{\"difficultyEstimate\": \"0.5\"}",
                    "{\"criteria\": [\"Z9.9.9\"]}", "{\"criteria\": []}", "{\"stem\": \"<p> </p>\"}",
                    e.name().equals("create item") ? "{\"qualification\": \"NONE\"}" : "{\"language\": \"x y\"}")) {
                jakarta.json.JsonObjectBuilder broken = Json.createObjectBuilder(valid);
                parse(typed).forEach(broken::add);
                cases.add(new Case("wrong value", e.name() + " " + typed, call(e, broken.build().toString(),
                        "application/json")));
            }
        }
    }

    private static List<JsonValue> wrongValues(JsonValue valid, boolean named) {
        List<JsonValue> wrong = new ArrayList<>();
        switch (valid.getValueType()) {
            case STRING -> {
                wrong.addAll(List.of(Json.createValue(42), JsonValue.TRUE, JsonValue.EMPTY_JSON_ARRAY,
                        JsonValue.EMPTY_JSON_OBJECT));
                if (named) {
                    wrong.addAll(List.of(Json.createValue("ESSAY"), Json.createValue(((JsonString) valid).getString()
                            .toLowerCase()), Json.createValue("APPROVE")));
                }
            }
            case NUMBER -> {
                wrong.addAll(List.of(Json.createValue("1"), JsonValue.TRUE, JsonValue.EMPTY_JSON_OBJECT));
                if (((jakarta.json.JsonNumber) valid).isIntegral()) {
                    wrong.add(Json.createValue(1.7)); // a fraction where a whole number belongs
                }
            }
            case TRUE, FALSE -> wrong.addAll(List.of(Json.createValue("yes"), Json.createValue(1)));
            case ARRAY -> {
                wrong.addAll(List.of(Json.createValue("Z1.1.1"), Json.createValue(5), JsonValue.EMPTY_JSON_OBJECT,
                        Json.createArrayBuilder().addNull().build(), Json.createArrayBuilder().add(5).build()));
                if (!((JsonArray) valid).isEmpty() && ((JsonArray) valid).get(0) instanceof JsonObject) {
                    wrong.add(Json.createArrayBuilder().add("A,B").build());
                }
                if (!((JsonArray) valid).isEmpty() && ((JsonArray) valid).get(0) instanceof jakarta.json.JsonNumber) {
                    wrong.remove(wrong.size() - 1); // [5] is a list of ids like any other
                    wrong.add(Json.createArrayBuilder().add("5").build());
                }
            }
            default -> wrong.add(Json.createValue("x"));
        }
        return wrong;
    }

    /** Texts the bank does not store, and texts beyond the documented limits. */
    private static void texts(WriteEndpoints.Endpoint e, List<Case> cases) {
        JsonObject valid = parse(e.validBody());
        for (String field : valid.keySet()) {
            if (valid.get(field).getValueType() != JsonValue.ValueType.STRING || e.names().contains(field)) {
                continue;
            }
            for (String bad : List.of("a\u0000b", "zły\u0007dzwonek", "pół\uD800znaku", "CRM\u202Egpj.exe",
                    "x".repeat(100_000))) {
                // a lone surrogate cannot be sent as UTF-8, only as a JSON escape
                String body = Json.createObjectBuilder(valid).add(field, bad).build().toString().replace("\uD800",
                        "\\ud800");
                cases.add(new Case(bad.length() > 1000 ? "too long" : "bad text", e.name() + " " + field + " "
                        + shorten(bad), call(e, body, "application/json")));
            }
        }
        if (valid.containsKey("keywords")) {
            cases.add(new Case("too long", e.name() + " 10,000-character language", call(e, Json.createObjectBuilder(
                    valid).add("language", "p".repeat(10_000)).build().toString(), "application/json")));
            cases.add(new Case("too long", e.name() + " 1,000 keywords", call(e, Json.createObjectBuilder(valid)
                    .add("keywords", Json.createArrayBuilder(java.util.Collections.nCopies(1000, "k"))).build()
                    .toString(), "application/json")));
            cases.add(new Case("too long", e.name() + " 5,000-character option", call(e, Json.createObjectBuilder(valid)
                    .add("options", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", "y".repeat(
                            5000)).add("correct", true)).add(Json.createObjectBuilder().add("text", "n")))
                    .build()
                    .toString(), "application/json")));
        }
    }

    /** Bodies over the endpoint's limit: declared, and chunked without a length. */
    private static void sizes(WriteEndpoints.Endpoint e, List<Case> cases) {
        String big = "{\"text\": \"" + "x".repeat(300_000) + "\"}";
        cases.add(new Case("too large", e.name() + " 300 kB declared", call(e, big, "application/json")));
        cases.add(new Case("too large", e.name() + " 11 MB chunked", callChunked(e, 11 * 1024 * 1024)));
    }

    private static void headers(WriteEndpoints.Endpoint e, List<Case> cases) {
        if (!e.ifMatch()) {
            return;
        }
        for (String tag : List.of("", "W/\"" + 1 + "\"", "\"abc\"", "*x", "\"-5\"")) {
            cases.add(new Case("If-Match", e.name() + " If-Match " + tag, request(e.method(), e.path(), e.role(),
                    e.validBody(), "application/json", "If-Match", tag)));
        }
    }

    private static void images(List<Case> cases) {
        byte[] png = pl.certbank.items.ImagesApiAccess.png();
        List<Map.Entry<String, byte[]>> bodies = List.<Map.Entry<String, byte[]>>of(Map.entry("image/png", new byte[0]),
                Map.entry("image/png", java.util.Arrays.copyOf(png, 8)),
                Map.entry("image/png", java.util.Arrays.copyOf(png, png.length / 2)),
                Map.entry("image/jpeg", png), Map.entry("image/svg+xml", "<svg onload=\"alert(1)\"/>".getBytes(
                        StandardCharsets.UTF_8)),
                Map.entry("text/plain", "tekst".getBytes(StandardCharsets.UTF_8)),
                Map.entry(";;;", png), Map.entry("image/png", new byte[3 * 1024 * 1024]),
                Map.entry("multipart/form-data; boundary=b", ("--b\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\u0089PNG").getBytes(
                                StandardCharsets.ISO_8859_1)));
        for (var body : bodies) {
            cases.add(new Case("image", body.getKey() + " " + body.getValue().length + " bytes", request("POST",
                    "/api/v1/images", "author", body.getValue(), body.getKey())));
        }
    }

    private static void queries(List<Case> cases) {
        for (String query : List.of("count=0", "count=-1", "count=abc", "count=999999999",
                "count=1&qualification=NONE")) {
            cases.add(new Case("query", "synthetic " + query, request("POST", "/api/v1/demo/synthetic-items?" + query,
                    "admin", (byte[]) null, null)));
        }
        cases.add(new Case("query", "lift nothing", request("DELETE", "/api/v1/security/throttles", "admin",
                (byte[]) null, null)));
        cases.add(new Case("query", "lift an unknown source", request("DELETE",
                "/api/v1/security/throttles?source=192.0.2.99", "admin", (byte[]) null, null)));
    }

    /** The right body from roles that may not write there. */
    private static void roles(WriteEndpoints.Fixtures f, List<Case> cases) {
        for (WriteEndpoints.Endpoint e : WriteEndpoints.all(f)) {
            for (String role : List.of("exam-client", "printer", "publisher")) {
                cases.add(new Case("role", e.name() + " as " + role, request(e.method(), e.path(), role,
                        e.validBody(), "application/json", "If-Match", etag(f.draft()))));
            }
            cases.add(new Case("role", e.name() + " anonymous", request(e.method(), e.path(), null, e.validBody(),
                    "application/json")));
        }
    }

    /** Requests a Java HTTP client cannot make: a lying Content-Length, a body that breaks off. */
    private static List<String> rawSocketCases(WriteEndpoints.Fixtures f, Connection db, BankDatabase.Snapshot before,
            Map<String, Map<Integer, Integer>> byKind) throws Exception {
        List<String> failures = new ArrayList<>();
        String auth = "Authorization: Basic " + Base64.getEncoder().encodeToString("author:author".getBytes(
                StandardCharsets.UTF_8));
        List<String> raw = List.of(
                "POST /bank/api/v1/items HTTP/1.1\r\nHost: x\r\n" + auth + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 999999999\r\nConnection: close\r\n\r\n{\"type\":",
                "POST /bank/api/v1/items HTTP/1.1\r\nHost: x\r\n" + auth + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 20\r\nConnection: close\r\n\r\n{\"ty",
                "POST /bank/api/v1/images HTTP/1.1\r\nHost: x\r\n" + auth + "\r\nContent-Type: image/png\r\n"
                        + "Content-Length: 99999999\r\nConnection: close\r\n\r\n\u0089PNG");
        URI base = URI.create(BankApi.baseUrl());
        for (String request : raw) {
            String answer;
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                socket.shutdownOutput();
                InputStream in = socket.getInputStream();
                answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                answer = "no answer: " + e.getMessage();
            }
            int status = answer.startsWith("HTTP/1.1 ") ? Integer.parseInt(answer.substring(9, 12)) : 0;
            byKind.computeIfAbsent("raw", k -> new TreeMap<>()).merge(status, 1, Integer::sum);
            if (status < 400 || status >= 500 || !answer.contains(PROBLEM)) {
                failures.add("raw / " + shorten(request.lines().findFirst().orElse("")) + " "
                        + shorten(request.substring(request.indexOf("Content-Length"))) + ": " + shorten(answer));
            }
        }
        if (!BankDatabase.snapshot(db).equals(before)) {
            failures.add("raw requests changed the bank");
        }
        return failures;
    }

    private static HttpRequest call(WriteEndpoints.Endpoint e, String body, String type) {
        return callBytes(e, body.getBytes(StandardCharsets.UTF_8), type);
    }

    private static HttpRequest callBytes(WriteEndpoints.Endpoint e, byte[] body, String type) {
        return e.ifMatch() ? request(e.method(), e.path(), e.role(), body, type, "If-Match", etagOf(e))
                : request(e.method(), e.path(), e.role(), body, type);
    }

    private static HttpRequest callChunked(WriteEndpoints.Endpoint e, int bytes) {
        HttpRequest.Builder builder = builder(e.path(), e.role(), "application/json", e.ifMatch() ? new String[] {
                "If-Match", etagOf(e)} : new String[0]).method(e.method(), HttpRequest.BodyPublishers.fromPublisher(
                        new Zeros(bytes)));
        return builder.build();
    }

    private static String etagOf(WriteEndpoints.Endpoint e) {
        if (e.path().startsWith("/api/v1/blueprints/")) {
            return BankApi.getAs("designer", e.path()).headers().firstValue("ETag").orElse("\"0\"");
        }
        return etag(Long.parseLong(e.path().replaceAll("^/api/v1/items/(\\d+).*$", "$1")));
    }

    private static String etag(long id) {
        return BankApi.getAs("author", "/api/v1/items/" + id).headers().firstValue("ETag").orElse("\"0\"");
    }

    private static HttpRequest request(String method, String path, String role, String body, String type,
            String... headers) {
        return request(method, path, role, body == null ? null : body.getBytes(StandardCharsets.UTF_8), type,
                headers);
    }

    private static HttpRequest request(String method, String path, String role, byte[] body, String type,
            String... headers) {
        return builder(path, role, type, headers).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static HttpRequest.Builder builder(String path, String role, String type, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BankApi.baseUrl() + path))
                .header("Accept", "application/json");
        if (type != null) {
            builder.header("Content-Type", type);
        }
        if (role != null && role.startsWith("Bearer ")) {
            builder.header("Authorization", role);
        } else if (role != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((role + ":" + role)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (!headers[i + 1].isEmpty()) {
                builder.header(headers[i], headers[i + 1]);
            }
        }
        return builder;
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static String shorten(String text) {
        String one = text.replaceAll("\\s+", " ");
        return one.length() > 120 ? one.substring(0, 120) + "…" : one;
    }

    private static String diff(BankDatabase.Snapshot before, BankDatabase.Snapshot after) {
        Map<String, String> changed = new TreeMap<>();
        after.rows().forEach((table, n) -> {
            if (!n.equals(before.rows().get(table))) {
                changed.put(table, before.rows().get(table) + "→" + n);
            }
        });
        return changed + " audit " + before.newestAuditEntry() + "→" + after.newestAuditEntry();
    }

    /** A body of zeros sent in chunks, without a length. */
    private record Zeros(int total) implements Flow.Publisher<ByteBuffer> {
        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            subscriber.onSubscribe(new Flow.Subscription() {
                private int sent;
                private boolean done;

                @Override
                public void request(long n) {
                    for (long i = 0; i < n && !done; i++) {
                        if (sent >= total) {
                            done = true;
                            subscriber.onComplete();
                            return;
                        }
                        int size = Math.min(64 * 1024, total - sent);
                        sent += size;
                        subscriber.onNext(ByteBuffer.wrap(new byte[size]));
                    }
                }

                @Override
                public void cancel() {
                    done = true;
                }
            });
        }
    }
}
