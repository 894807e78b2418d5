package pl.certbank.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import pl.certbank.printing.control.SheetFiller;
import pl.certbank.printing.control.SheetLayout;
import pl.certbank.publishing.control.Snapshot;
import pl.certbank.publishing.control.SnapshotJson;
import pl.certbank.publishing.control.Variants;
import pl.certbank.support.Accessibility;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDeployment;
import pl.certbank.support.Browser;
import pl.certbank.support.BrowserSession;
import pl.certbank.support.Labels;

/**
 * What printers and the commission do in Chromium: a printer starts a batch for a paper session, watches its
 * progress and downloads the bundle; the commission opens a scanned sheet with an ambiguous mark, sees the marks drawn
 * over it and confirms the mark.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrintingPagesIT {

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

    @Test
    void aPrinterStartsABatchSeesItsProgressAndDownloadsIt() {
        long session = PaperApi.session("Druk w przeglądarce", 12, "PAPER");
        Browser.signIn(driver, "/printing/jobs.xhtml", "printer", "printer");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("jobs")));
        Accessibility.assertNoViolations(driver, "print jobs");
        new Select(driver.findElement(By.id("new-job:session"))).selectByValue(String.valueOf(session));
        WebElement start = driver.findElement(By.id("new-job:start"));
        start.click();
        Browser.waitFor(driver).until(Browser.gone(start));
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "12"));
        // the newest job is the first row; its progress is shown and polled until it is done
        WebElement progress = driver.findElement(By.cssSelector("#jobs tbody tr.job-row:first-child progress"));
        assertEquals("12", progress.getAttribute("max"));
        Browser.waitFor(driver).until(d -> "DONE".equals(d.findElement(By.cssSelector(
                "#jobs tbody tr.job-row:first-child .job-status")).getAttribute("data-status")));
        assertEquals("12 / 12", driver.findElement(By.cssSelector("#jobs tbody tr.job-row:first-child .job-done"))
                .getText());
        Accessibility.assertNoViolations(driver, "print jobs, done");
        WebElement link = driver.findElement(By.cssSelector("#jobs tbody tr.job-row:first-child a.job-candidates"));
        assertTrue(driver.findElements(By.cssSelector("#jobs tbody tr.job-row:first-child a.job-keys")).isEmpty(),
                "a printer is offered no keys");
        // the browser downloads with its own session: a ZIP of 12 booklets, 12 sheets and the manifest
        Object got = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                + " + r.headers.get('Content-Type') + ' ' + b.byteLength)));", link.getAttribute("href"));
        String[] answer = String.valueOf(got).split(" ");
        assertEquals("200", answer[0], String.valueOf(got));
        assertEquals("application/zip", answer[1]);
        assertTrue(Long.parseLong(answer[2]) > 100_000, String.valueOf(got));
        // by keyboard: the link is reachable and named
        assertTrue(link.getText().length() > 3);
    }

    @Test
    void theCommissionConfirmsAnAmbiguousMarkOnAScannedSheet() throws Exception {
        assumeTrue(SheetFiller.popplerAvailable(), "poppler-utils (pdftoppm) not installed");
        long session = PaperApi.session("Przegląd skanu", 1, "PAPER");
        JsonObject job = PaperApi.printed("{\"session\": " + session + "}");
        JsonObject copy = job.getJsonArray("copyList").getJsonObject(0);
        Map<String, byte[]> bundle = PaperApi.unzip(PaperApi.download("/api/v1/print-jobs/" + job.getJsonNumber(
                "id") + "/candidates.zip", "printer"));
        Snapshot snapshot = SnapshotJson.read(BankApi.getAs("publisher", "/api/v1/forms/" + PaperApi.demoForm()
                + "/snapshot/content").body());
        SheetLayout.Page first = SheetLayout.of(snapshot, Variants.of(copy.getString("variant"), Long.parseLong(
                copy.getString("seed")), snapshot.arrangeable())).get(0);
        List<SheetLayout.Bubble> options = first.bubbles().stream().filter(b -> b.kind() != SheetLayout.Kind.DIGIT)
                .toList();
        BufferedImage page = SheetFiller.render(bundle.get("0001-answer-sheet.pdf"), 200).get(0);
        SheetFiller.mark(page, 200, options.get(0), SheetFiller.Pen.CROSS);
        SheetLayout.Bubble faint = options.get(options.size() - 1);
        SheetFiller.mark(page, 200, faint, SheetFiller.Pen.FAINT);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(SheetFiller.turn(page, 2, 5, 5), "png", png);
        var uploaded = BankApi.binary("POST", "/api/v1/scans?name=przeglad.png", "printer", png.toByteArray(),
                "image/png");
        JsonObject outcome = Json.createReader(new java.io.StringReader(new String(uploaded.body(),
                StandardCharsets.UTF_8))).readArray().getJsonObject(0);
        assertEquals("READ", outcome.getString("status"), outcome.toString());
        long scan = outcome.getJsonNumber("scan").longValue();

        Browser.signIn(driver, "/printing/scan.xhtml?id=" + scan, "publisher", "publisher");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("overlay")));
        assertTrue(driver.findElements(By.cssSelector("#overlay circle.mark-MARKED")).size() >= 1,
                "the cross is drawn as read");
        assertEquals(1, driver.findElements(By.cssSelector("#overlay circle.mark-AMBIGUOUS")).size());
        Accessibility.assertNoViolations(driver, "scan review");
        WebElement row = driver.findElement(By.cssSelector("tr.ambiguous-row[data-bubble='" + faint.index() + "']"));
        WebElement confirm = row.findElement(By.cssSelector("input.decide-marked"));
        confirm.click();
        Browser.waitFor(driver).until(Browser.gone(confirm));
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                Labels.polish("printing.mark.MARKED")));
        assertEquals(Labels.polish("printing.mark.MARKED"), driver.findElement(By.cssSelector(
                "tr.ambiguous-row[data-bubble='" + faint.index() + "'] .decided")).getText());
        assertEquals(0, driver.findElements(By.cssSelector("#overlay circle.mark-AMBIGUOUS")).size());
        JsonObject review = BankApi.json(BankApi.getAs("publisher", "/api/v1/scans/" + scan)).asJsonObject();
        assertEquals("MARKED", review.getJsonArray("bubbles").getJsonObject(faint.index()).getString("decided"));
        Accessibility.assertNoViolations(driver, "scan review, decided");
    }
}
