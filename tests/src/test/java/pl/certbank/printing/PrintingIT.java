package pl.certbank.printing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDeployment;

/**
 * Paper documents over REST in the real server: a variant's booklet, answer sheet and key with their roles, a print
 * job of a paper session (seeds stored first, files made in the background, hashes recorded and provable), the keys
 * apart from the candidates' bundle, and what is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PrintingIT {

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return BankDeployment.asBuilt();
    }

    @Test
    void aVariantsBookletAndSheetArePrintersAndItsKeyTheCommissionsAndTheyNeverChange() {
        long form = PaperApi.demoForm();
        String base = "/api/v1/forms/" + form + "/variants/A/";
        byte[] booklet = PaperApi.download(base + "booklet.pdf", "printer");
        assertTrue(new String(booklet, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertArrayEquals(booklet, PaperApi.download(base + "booklet.pdf", "publisher"), "the same bytes every time");
        byte[] sheet = PaperApi.download(base + "answer-sheet.pdf", "printer");
        assertTrue(new String(sheet, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertEquals(403, BankApi.binary("GET", base + "key.pdf", "printer", null, null).statusCode());
        byte[] key = PaperApi.download(base + "key.pdf", "publisher");
        assertFalse(java.util.Arrays.equals(key, booklet));
        var missing = BankApi.send("GET", "/api/v1/forms/" + form + "/variants/Q/booklet.pdf", "printer", null);
        assertEquals(404, missing.statusCode(), missing.body());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void aPaperSessionIsPrintedInTheBackgroundWithEveryFilesHashRecorded() throws Exception {
        long session = PaperApi.session("Druk IT", 3, "PAPER");
        JsonObject job = PaperApi.printed("{\"session\": " + session + "}");
        assertEquals(3, job.getInt("copies"));
        assertEquals(3, job.getInt("done"));
        assertEquals(100, job.getInt("progress"));
        List<JsonObject> copies = job.getJsonArray("copyList").getValuesAs(JsonObject.class);
        assertEquals(3, copies.size());
        assertEquals(3, copies.stream().map(c -> c.getString("seed")).distinct().count(), "a seed per copy");
        assertTrue(copies.stream().allMatch(c -> c.getString("variant").startsWith("P")), "personal variants");
        long id = job.getJsonNumber("id").longValue();
        byte[] candidates = PaperApi.download("/api/v1/print-jobs/" + id + "/candidates.zip", "printer");
        JsonObject file = job.getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("kind").equals("CANDIDATES")).findFirst().orElseThrow();
        assertEquals(file.getString("sha256"), sha256(candidates), "the recorded hash proves the download");
        Map<String, byte[]> entries = PaperApi.unzip(candidates);
        assertEquals(List.of("0001-booklet.pdf", "0001-answer-sheet.pdf", "0002-booklet.pdf",
                "0002-answer-sheet.pdf", "0003-booklet.pdf", "0003-answer-sheet.pdf", "manifest.csv"),
                List.copyOf(entries.keySet()));
        String manifest = new String(entries.get("manifest.csv"), StandardCharsets.UTF_8);
        for (JsonObject copy : copies) {
            String sheet = String.format("%04d", copy.getInt("sheet"));
            assertEquals(copy.getString("bookletSha256"), sha256(entries.get(sheet + "-booklet.pdf")));
            assertEquals(copy.getString("answerSheetSha256"), sha256(entries.get(sheet + "-answer-sheet.pdf")));
            assertTrue(manifest.contains(copy.getInt("sheet") + ";" + copy.getJsonNumber("copy") + ";"
                    + copy.getString("variant") + ";" + copy.getString("seed") + ";" + copy.getString("slot")),
                    manifest);
        }
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            assertFalse(e.getKey().contains("key"), "no key in the candidates' bundle: " + e.getKey());
        }
        assertEquals(403, BankApi.binary("GET", "/api/v1/print-jobs/" + id + "/keys.zip", "printer", null, null)
                .statusCode());
        Map<String, byte[]> keys = PaperApi.unzip(PaperApi.download("/api/v1/print-jobs/" + id + "/keys.zip",
                "publisher"));
        assertEquals(List.of("0001-key.pdf", "0002-key.pdf", "0003-key.pdf", "manifest.csv"),
                List.copyOf(keys.keySet()));
        // the session's candidates all have their copy now: another job is refused, and nothing changes
        var more = BankApi.send("POST", "/api/v1/print-jobs", "printer", "{\"session\": " + session + "}");
        assertEquals(409, more.statusCode(), more.body());
        // a screen session is not printed
        long screen = PaperApi.session("Ekran IT", 2, "ELECTRONIC");
        assertEquals(409, BankApi.send("POST", "/api/v1/print-jobs", "printer", "{\"session\": " + screen + "}")
                .statusCode());
    }

    @Test
    void anExamCentrePrintsItsPaperSessionsSheetsButGetsNoPdfOfAScreenSession() {
        String token = pl.certbank.delivery.DeliveryIT.token("exam-client", "exam-client");
        long paper = PaperApi.session("Ośrodek drukuje", 2, "PAPER");
        long screen = PaperApi.session("Ośrodek na ekranie", 2, "ELECTRONIC");
        for (String document : List.of("booklet.pdf", "answer-sheet.pdf")) {
            var pdf = pl.certbank.delivery.DeliveryIT.get("/api/v1/delivery/sessions/" + paper + "/variants/A/"
                    + document, token, "Accept", "*/*");
            assertEquals(200, pdf.statusCode(), pdf.body());
            assertTrue(pdf.body().startsWith("%PDF-"));
            assertEquals(409, pl.certbank.delivery.DeliveryIT.get("/api/v1/delivery/sessions/" + screen
                    + "/variants/A/" + document, token, "Accept", "*/*").statusCode());
            assertEquals(401, pl.certbank.delivery.DeliveryIT.get("/api/v1/delivery/sessions/" + paper
                    + "/variants/A/" + document, null, "Accept", "*/*").statusCode());
        }
        assertEquals(404, pl.certbank.delivery.DeliveryIT.get("/api/v1/delivery/sessions/" + paper
                + "/variants/A/key.pdf", token, "Accept", "*/*").statusCode(), "no key for a centre");
    }

    @Test
    void badJobsAreRefusedPrecisely() {
        long form = PaperApi.demoForm();
        assertEquals(400, BankApi.send("POST", "/api/v1/print-jobs", "printer", "{}").statusCode());
        assertEquals(400, BankApi.send("POST", "/api/v1/print-jobs", "printer", "{\"form\": " + form
                + ", \"session\": 1}").statusCode());
        assertEquals(400, BankApi.send("POST", "/api/v1/print-jobs", "printer", "{\"form\": " + form
                + ", \"copies\": 0}").statusCode());
        assertEquals(400, BankApi.send("POST", "/api/v1/print-jobs", "printer", "{\"form\": " + form
                + ", \"copies\": 2001}").statusCode());
        assertEquals(404, BankApi.send("POST", "/api/v1/print-jobs", "printer", "{\"form\": " + form
                + ", \"variant\": \"ZZ\"}").statusCode());
        assertEquals(403, BankApi.send("POST", "/api/v1/print-jobs", "author", "{\"form\": " + form + "}")
                .statusCode());
        assertEquals(404, BankApi.getAs("printer", "/api/v1/print-jobs/999999999").statusCode());
    }

    @Test
    void aFormJobOfANamedVariantGivesThatVariantsArrangementOnEveryCopy() {
        JsonObject job = PaperApi.printed("{\"form\": " + PaperApi.demoForm() + ", \"variant\": \"B\", \"copies\": 2}");
        List<JsonObject> copies = job.getJsonArray("copyList").getValuesAs(JsonObject.class);
        assertEquals(2, copies.size());
        assertTrue(copies.stream().allMatch(c -> c.getString("variant").equals("B")));
        assertEquals(1, copies.stream().map(c -> c.getString("seed")).distinct().count());
        var again = BankApi.send("POST", "/api/v1/print-jobs/" + job.getJsonNumber("id") + "/retry", "printer", null);
        assertEquals(409, again.statusCode(), "only a failed job is retried: " + again.body());
        // the same arrangement, but each copy's QR codes name the copy: the sheets differ, the booklets' items not
        assertFalse(copies.get(0).getString("answerSheetSha256").equals(copies.get(1).getString("answerSheetSha256")));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
