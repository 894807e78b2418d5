package pl.certbank.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import pl.certbank.support.BankApi;

/** What the paper tests share: the demo form, a fresh paper session of it, a finished print job, its ZIPs. */
final class PaperApi {

    static final String DEMO = "CRM-PRK4-DEMO-1";

    private PaperApi() {
    }

    static long demoForm() {
        return BankApi.json(BankApi.getAs("publisher", "/api/v1/forms")).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(f -> f.getString("code").equals(DEMO)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    static long demoClient() {
        return BankApi.json(BankApi.getAs("publisher", "/api/v1/exam-clients")).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("clientId").equals("exam-client"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** A new session of the demo form for the demo exam centre, open now. */
    static long session(String name, int candidates, String mode) {
        OffsetDateTime now = OffsetDateTime.now().withNano(0);
        var made = BankApi.send("POST", "/api/v1/exam-sessions", "publisher", "{\"form\": " + demoForm()
                + ", \"client\": " + demoClient() + ", \"name\": \"" + name + "\", \"opensAt\": \"" + now.minusHours(1)
                + "\", \"closesAt\": \"" + now.plusHours(6) + "\", \"expectedCandidates\": " + candidates
                + ", \"mode\": \"" + mode + "\"}");
        assertEquals(201, made.statusCode(), made.body());
        return BankApi.json(made).asJsonObject().getJsonNumber("id").longValue();
    }

    /** Starts a job with this body as the printer and waits until it is DONE; the job as the API reads it. */
    static JsonObject printed(String body) {
        var started = BankApi.send("POST", "/api/v1/print-jobs", "printer", body);
        assertEquals(202, started.statusCode(), started.body());
        long id = BankApi.json(started).asJsonObject().getJsonNumber("id").longValue();
        for (int i = 0; i < 600; i++) {
            JsonObject job = BankApi.json(BankApi.getAs("printer", "/api/v1/print-jobs/" + id)).asJsonObject();
            String status = job.getString("status");
            if (status.equals("DONE")) {
                return job;
            }
            if (status.equals("FAILED")) {
                throw new AssertionError("print job failed: " + job);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("print job " + id + " did not finish");
    }

    static byte[] download(String path, String role) {
        HttpResponse<byte[]> response = BankApi.binary("GET", path, role, null, null);
        assertEquals(200, response.statusCode(), path + " as " + role + ": " + new String(response.body()));
        return response.body();
    }

    /** The entries of a ZIP, in order. */
    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
