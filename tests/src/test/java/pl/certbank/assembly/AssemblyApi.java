package pl.certbank.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import pl.certbank.support.BankApi;

/** Blueprints and runs over the API, as a designer's client uses them. */
final class AssemblyApi {

    private AssemblyApi() {
    }

    /** The demo blueprint's document, with the fields a client sends (no id, revision, versions). */
    static JsonObject demoBlueprint() {
        var list = BankApi.json(BankApi.getAs("designer", "/api/v1/blueprints")).asJsonArray();
        long id = list.getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("name").startsWith("CRM – test teoretyczny")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonObject full = BankApi.json(BankApi.getAs("designer", "/api/v1/blueprints/" + id)).asJsonObject();
        JsonObjectBuilder document = Json.createObjectBuilder();
        full.forEach((field, value) -> {
            if (!Set.of("id", "revision", "version", "versions", "createdBy").contains(field)) {
                document.add(field, value);
            }
        });
        return document.build();
    }

    /** A new blueprint of the designer's, from {@code document} with a name of its own. */
    static long create(JsonObject document, String name) {
        HttpResponse<String> created = BankApi.send("POST", "/api/v1/blueprints", "designer",
                Json.createObjectBuilder(document).add("name", name).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return BankApi.json(created).asJsonObject().getJsonNumber("id").longValue();
    }

    /** Queues a run and returns its id. */
    static long start(long blueprint, int seconds) {
        HttpResponse<String> started = BankApi.send("POST", "/api/v1/assembly-runs", "designer",
                "{\"blueprint\": " + blueprint + ", \"timeLimitSeconds\": " + seconds + "}");
        assertEquals(202, started.statusCode(), started.body());
        return BankApi.json(started).asJsonObject().getJsonNumber("id").longValue();
    }

    static JsonObject run(long id) {
        HttpResponse<String> run = BankApi.getAs("designer", "/api/v1/assembly-runs/" + id);
        assertEquals(200, run.statusCode(), run.body());
        return BankApi.json(run).asJsonObject();
    }

    /** Waits until the run has the given status (at most {@code patience}). */
    static void until(long id, String status, Duration patience) {
        Instant until = Instant.now().plus(patience);
        while (!run(id).getString("status").equals(status)) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("run " + id + " not " + status + " after " + patience);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Waits until the run ends (at most {@code patience}) and returns it. */
    static JsonObject finished(long id, Duration patience) {
        Instant until = Instant.now().plus(patience);
        while (true) {
            JsonObject run = run(id);
            String status = run.getString("status");
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return run;
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("run " + id + " still " + status + " after " + patience);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
