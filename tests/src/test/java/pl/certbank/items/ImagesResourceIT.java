package pl.certbank.items;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDeployment;

/** Stem images: authors upload them, staff read them back unchanged, and nothing else gets in or out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImagesResourceIT {

    private static final String PROBLEM = "application/problem+json";
    private static final int THREE_MIB = 3 * 1024 * 1024;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BankDeployment.asBuilt();
    }

    @Test
    void anAuthorsPngComesBackByteForByteAsAnImmutableImage() {
        HttpResponse<String> created = ImagesApi.upload("author", "image/png", ImagesApi.PNG);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject view = (JsonObject) BankApi.json(created);
        long id = view.getJsonNumber("id").longValue();
        assertEquals("/bank/api/v1/images/" + id, view.getString("url"));
        assertEquals("image/png", view.getString("contentType"));
        assertEquals(ImagesApi.PNG.length, view.getInt("size"));
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/bank/api/v1/images/" + id),
                created.headers().toString());

        HttpResponse<byte[]> image = ImagesApi.download("author", "/api/v1/images/" + id);
        assertEquals(200, image.statusCode());
        assertArrayEquals(ImagesApi.PNG, image.body());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
        assertEquals("private, max-age=31536000, immutable",
                image.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("nosniff", image.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("default-src 'none'", image.headers().firstValue("Content-Security-Policy").orElse(""));
        String etag = image.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = ImagesApi.download("reviewer", "/api/v1/images/" + id, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertArrayEquals(ImagesApi.PNG, ImagesApi.download("reviewer", "/api/v1/images/" + id).body());
    }

    @Test
    void theUploadIsAudited() {
        HttpResponse<String> created = ImagesApi.upload("author", "image/png", ImagesApi.PNG);
        long id = ((JsonObject) BankApi.json(created)).getJsonNumber("id").longValue();
        JsonObject entry = latestAuditEntry();
        assertEquals("IMAGE_UPLOADED", entry.getString("action"));
        assertEquals("author", entry.getString("actor"));
        assertTrue(entry.getString("after").startsWith("/bank/api/v1/images/" + id + " image/png"), entry.toString());
    }

    @Test
    void aTypeLeftOpenIsTakenFromTheBytesAndFormsWorkToo() {
        HttpResponse<String> raw = ImagesApi.upload("admin", "application/octet-stream", ImagesApi.PNG);
        assertEquals(201, raw.statusCode(), raw.body());
        assertEquals("image/png", ((JsonObject) BankApi.json(raw)).getString("contentType"));

        HttpResponse<String> form = ImagesApi.uploadForm("author", "lejek.png", "image/png", ImagesApi.PNG);
        assertEquals(201, form.statusCode(), form.body());
        long id = ((JsonObject) BankApi.json(form)).getJsonNumber("id").longValue();
        assertArrayEquals(ImagesApi.PNG, ImagesApi.download("designer", "/api/v1/images/" + id).body());
    }

    @Test
    void examClientsAndAnonymousCallersGetNoImages() {
        long id = ((JsonObject) BankApi.json(ImagesApi.upload("author", "image/png", ImagesApi.PNG)))
                .getJsonNumber("id").longValue();
        assertEquals(403, ImagesApi.download("exam-client", "/api/v1/images/" + id).statusCode());
        HttpResponse<String> post = ImagesApi.upload("exam-client", "image/png", ImagesApi.PNG);
        assertEquals(403, post.statusCode(), post.body());
        assertEquals(PROBLEM, post.headers().firstValue("Content-Type").orElse(""));
        assertEquals(401, ImagesApi.download(null, "/api/v1/images/" + id).statusCode());
        assertEquals(401, ImagesApi.upload(null, "image/png", ImagesApi.PNG).statusCode());
        assertEquals(403, ImagesApi.upload("reviewer", "image/png", ImagesApi.PNG).statusCode());
    }

    @Test
    void threeMebibytesAreRefusedWith413AndNothingIsStored() {
        byte[] big = Arrays.copyOf(ImagesApi.PNG, THREE_MIB);
        assertEquals(201, ImagesApi.upload("author", "image/png", ImagesApi.PNG).statusCode());
        long lastAudit = latestAuditEntry().getJsonNumber("id").longValue();

        HttpResponse<String> declared = ImagesApi.upload("author", "image/png", big);
        assertProblem(413, declared, "2097152 bytes");
        HttpResponse<String> chunked = ImagesApi.uploadChunked("author", "image/png", big);
        assertProblem(413, chunked, "2097152 bytes");
        HttpResponse<String> form = ImagesApi.uploadForm("author", "duzy.png", "image/png", big);
        assertProblem(413, form, "2097152 bytes");

        assertEquals(lastAudit, latestAuditEntry().getJsonNumber("id").longValue(), "an upload was recorded");
        assertEquals(201, ImagesApi.upload("author", "image/png", ImagesApi.PNG).statusCode(),
                "the server still takes uploads after refusing big ones");
    }

    @Test
    void textAndSvgAreRefusedWith415() {
        assertProblem(415, ImagesApi.upload("author", "image/png",
                "To jest tekst, nie obrazek.".getBytes(StandardCharsets.UTF_8)), "not a PNG, JPEG, GIF or WebP");
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        assertProblem(415, ImagesApi.upload("author", "image/svg+xml", svg), "SVG");
        assertProblem(415, ImagesApi.upload("author", "image/jpeg", ImagesApi.PNG), "declared as image/jpeg");
        assertProblem(400, ImagesApi.upload("author", "image/png", new byte[0]), "empty");
    }

    @Test
    void anUnknownImageIs404() {
        HttpResponse<byte[]> missing = ImagesApi.download("author", "/api/v1/images/987654321");
        assertEquals(404, missing.statusCode());
        assertEquals(PROBLEM, missing.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void stemsKeepBankImagesWithoutHandlersAndLoseForeignOnes() {
        long id = ((JsonObject) BankApi.json(ImagesApi.upload("author", "image/png", ImagesApi.PNG)))
                .getJsonNumber("id").longValue();
        String marker = ItemsApi.marker();
        JsonObject item = ItemsApi.create("author", ItemsApi.singleChoice("<p>" + marker + " Co pokazuje wykres? "
                + "<img src=\"/bank/api/v1/images/" + id + "\" onerror=\"alert(1)\" alt=\"wykres\"> "
                + "<img src=\"http://evil.example/x.png\"></p>", "Z1.1.1"));
        String stem = item.getJsonObject("latest").getString("stem");
        assertTrue(stem.contains("<img src=\"/bank/api/v1/images/" + id + "\" alt=\"wykres\""), stem);
        assertFalse(stem.contains("onerror"), stem);
        assertFalse(stem.contains("alert"), stem);
        assertFalse(stem.contains("evil.example"), stem);
    }

    private static void assertProblem(int status, HttpResponse<String> response, String detailPart) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(PROBLEM, response.headers().firstValue("Content-Type").orElse(""));
        String detail = ((JsonObject) BankApi.json(response)).getString("detail");
        assertTrue(detail.contains(detailPart), detail);
    }

    private static JsonObject latestAuditEntry() {
        HttpResponse<String> response = BankApi.getAs("admin", "/api/v1/audit?limit=1");
        assertEquals(200, response.statusCode(), response.body());
        return ((JsonArray) BankApi.json(response)).getJsonObject(0);
    }
}
