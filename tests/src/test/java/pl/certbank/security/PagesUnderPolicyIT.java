package pl.certbank.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.opentest4j.AssertionFailedError;
import pl.certbank.support.Accessibility;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDeployment;
import pl.certbank.support.Browser;
import pl.certbank.support.BrowserSession;

/**
 * Every page of the web module, loaded in Chromium under its Content-Security-Policy: no violation on the console
 * and none of axe's. The list of pages is read from the sources, so a new page that is not visited here fails.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesUnderPolicyIT {

    private static final Path WEBAPP = Path.of(System.getProperty("bank.webapp", "../bank-web/src/main/webapp"));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BankDeployment.asBuilt();
    }

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();
    private WebDriver driver;

    @BeforeEach
    void start() {
        driver = browser.driver();
    }

    private static long demoBlueprint() {
        return BankApi.json(BankApi.getAs("designer", "/api/v1/blueprints")).asJsonArray()
                .getValuesAs(jakarta.json.JsonObject.class).stream().filter(b -> b.getString("name").startsWith("CRM"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** A run of the blueprint with forms to show: a short one, started now, and waited for. */
    private static long finishedRun(long blueprint) {
        var started = BankApi.send("POST", "/api/v1/assembly-runs", "designer",
                "{\"blueprint\": " + blueprint + ", \"timeLimitSeconds\": 3}");
        assertEquals(202, started.statusCode(), started.body());
        long run = BankApi.json(started).asJsonObject().getJsonNumber("id").longValue();
        for (int i = 0; i < 240; i++) {
            String status = BankApi.json(BankApi.getAs("designer", "/api/v1/assembly-runs/" + run)).asJsonObject()
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

    @Test
    void everyPageLoadsUnderThePolicyWithoutAViolation() throws IOException {
        long id = inReview();
        // page → the address that shows it with content, visited signed in as admin (who may open every page)
        Map<String, String> visits = new LinkedHashMap<>();
        visits.put("index.xhtml", "/index.xhtml");
        visits.put("items/list.xhtml", "/items/list.xhtml");
        visits.put("items/edit.xhtml", "/items/edit.xhtml?id=" + id);
        visits.put("items/history.xhtml", "/items/history.xhtml?id=" + id);
        visits.put("items/coverage.xhtml", "/items/coverage.xhtml");
        visits.put("qualifications/framework.xhtml", "/qualifications/framework.xhtml");
        visits.put("reviews/queue.xhtml", "/reviews/queue.xhtml");
        visits.put("reviews/item.xhtml", "/reviews/item.xhtml?id=" + id);
        visits.put("security/throttles.xhtml", "/security/throttles.xhtml");
        visits.put("statistics/coverage.xhtml", "/statistics/coverage.xhtml");
        long blueprint = demoBlueprint();
        visits.put("blueprints/list.xhtml", "/blueprints/list.xhtml");
        visits.put("blueprints/edit.xhtml", "/blueprints/edit.xhtml?id=" + blueprint);
        visits.put("assembly/run.xhtml", "/assembly/run.xhtml?id=" + finishedRun(blueprint));
        long form = BankApi.json(BankApi.getAs("admin", "/api/v1/forms")).asJsonArray()
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(f -> f.getString("code").equals("CRM-PRK4-DEMO-1")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long session = BankApi.json(BankApi.getAs("admin", "/api/v1/exam-sessions")).asJsonArray()
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(x -> x.getString("form").equals("CRM-PRK4-DEMO-1") && "ELECTRONIC".equals(x.getString("mode")))
                .findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String attempt = "pages-" + java.util.UUID.randomUUID();
        String token = pl.certbank.delivery.DeliveryIT.token("exam-client", "exam-client");
        assertEquals(201, pl.certbank.delivery.DeliveryIT.post("/api/v1/delivery/sessions/" + session + "/attempts",
                "application/json", "{\"attempt\": \"" + attempt + "\", \"candidate\": \"K-P\", \"variant\": "
                        + "\"A\", \"responses\": {}}",
                token).statusCode());
        visits.put("publishing/forms.xhtml", "/publishing/forms.xhtml");
        visits.put("publishing/preview.xhtml", "/publishing/preview.xhtml?form=" + form + "&variant=B");
        visits.put("delivery/clients.xhtml", "/delivery/clients.xhtml");
        visits.put("delivery/sessions.xhtml", "/delivery/sessions.xhtml");
        visits.put("delivery/results.xhtml", "/delivery/results.xhtml?session=" + session);
        visits.put("delivery/result.xhtml", "/delivery/result.xhtml?session=" + session + "&attempt=" + attempt);
        visits.put("printing/jobs.xhtml", "/printing/jobs.xhtml");
        visits.put("printing/scans.xhtml", "/printing/scans.xhtml");
        visits.put("printing/scan.xhtml", "/printing/scan.xhtml?id=" + blankScan());
        Set<String> pages = pages();
        pages.remove("login.xhtml");
        assertEquals(pages, new TreeSet<>(visits.keySet()), "every page is visited here");

        driver.get(BankApi.baseUrl() + "/login.xhtml?wait=30");
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        Accessibility.assertNoViolations(driver, "login (throttled)");
        Browser.signIn(driver, "/index.xhtml", "admin", "admin");
        for (Map.Entry<String, String> visit : visits.entrySet()) {
            driver.get(BankApi.baseUrl() + visit.getValue());
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
            Accessibility.assertNoViolations(driver, visit.getKey());
        }
    }

    /** A scanned page that is no answer sheet (a white page): stored, flagged, and shown on the review page. */
    private static long blankScan() throws java.io.IOException {
        java.awt.image.BufferedImage white = new java.awt.image.BufferedImage(620, 877,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        var g = white.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 620, 877);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(white, "png", png);
        var uploaded = BankApi.binary("POST", "/api/v1/scans?name=blank.png", "printer", png.toByteArray(),
                "image/png");
        assertEquals(200, uploaded.statusCode());
        return jakarta.json.Json.createReader(new java.io.StringReader(new String(uploaded.body(),
                java.nio.charset.StandardCharsets.UTF_8))).readArray().getJsonObject(0).getJsonNumber("scan")
                .longValue();
    }

    @Test
    void theCheckSeesAScriptThePolicyBlocked() {
        Browser.signIn(driver, "/index.xhtml", "author", "author");
        Accessibility.assertNoViolations(driver, "index");
        Object ran = ((JavascriptExecutor) driver).executeScript("""
                const s = document.createElement('script');
                s.textContent = 'window.__inline = true';
                document.body.appendChild(s);
                return window.__inline === true;""");
        assertEquals(false, ran, "the policy stops an injected inline script");
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> Accessibility
                .assertNoViolations(driver, "index with an injected script"));
        assertTrue(failure.getMessage().contains("blocked"), failure.getMessage());
    }

    private static Set<String> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).map(f -> WEBAPP.relativize(f).toString()
                    .replace('\\', '/')).filter(f -> !f.startsWith("WEB-INF/") && !f.startsWith("resources/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static long inReview() {
        var created = BankApi.send("POST", "/api/v1/items", "author", """
                {"qualification": "CRM-PRK4", "type": "ORDERING", "stem": "<p>Uporządkuj etapy lejka %s.</p>",
                 "sequence": ["lead", "szansa", "oferta", "umowa"], "criteria": ["Z1.1.4"]}"""
                .formatted(UUID.randomUUID()));
        assertEquals(201, created.statusCode(), created.body());
        long id = ((JsonObject) BankApi.json(created)).getJsonNumber("id").longValue();
        var put = BankApi.send("PUT", "/api/v1/items/" + id, "author", """
                {"qualification": "CRM-PRK4", "type": "ORDERING", "stem": "<p>Uporządkuj etapy lejka sprzedaży.</p>",
                 "sequence": ["lead", "szansa", "oferta", "negocjacje", "umowa"], "criteria": ["Z1.1.4"]}""",
                "If-Match", created.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, put.statusCode(), put.body());
        assertEquals(200, BankApi.send("POST", "/api/v1/items/" + id + "/submit", "author", null, "If-Match", put
                .headers().firstValue("ETag").orElseThrow()).statusCode());
        return id;
    }
}
