package pl.certbank.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import pl.certbank.support.Accessibility;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDeployment;
import pl.certbank.support.Browser;
import pl.certbank.support.BrowserSession;
import pl.certbank.support.Labels;

/**
 * What a publisher does in Chromium: finds a frozen form another person designed, publishes it with variants, and
 * previews each variant as candidates see it (no key on the page).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublishingPagesIT {

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

    /** A form drafted by the designer from a finished run, frozen by them: what a publisher finds. */
    private static String frozenForm() throws InterruptedException {
        long blueprint = BankApi.json(BankApi.getAs("designer", "/api/v1/blueprints")).asJsonArray()
                .getValuesAs(JsonObject.class).get(0).getJsonNumber("id").longValue();
        HttpResponse<String> started = BankApi.send("POST", "/api/v1/assembly-runs", "designer",
                "{\"blueprint\": " + blueprint + ", \"timeLimitSeconds\": 3}");
        assertEquals(202, started.statusCode(), started.body());
        long run = BankApi.json(started).asJsonObject().getJsonNumber("id").longValue();
        String status = "QUEUED";
        for (int i = 0; i < 480 && (status.equals("QUEUED") || status.equals("RUNNING")); i++) {
            Thread.sleep(250);
            status = BankApi.json(BankApi.getAs("designer", "/api/v1/assembly-runs/" + run)).asJsonObject()
                    .getString("status");
        }
        HttpResponse<String> accepted = BankApi.send("POST", "/api/v1/assembly-runs/" + run + "/accept",
                "designer", null);
        assertEquals(201, accepted.statusCode(), accepted.body());
        JsonObject form = BankApi.json(accepted).asJsonArray().getJsonObject(0);
        assertEquals(200, BankApi.send("POST", "/api/v1/forms/" + form.getJsonNumber("id") + "/freeze", "designer",
                null).statusCode());
        return form.getString("code");
    }

    @Test
    void aPublisherPublishesAFrozenFormAndPreviewsItsVariants() throws InterruptedException {
        String code = frozenForm();
        Browser.signIn(driver, "/publishing/forms.xhtml", "publisher", "publisher");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("forms")));
        Accessibility.assertNoViolations(driver, "forms and publishing");
        WebElement variants = driver.findElement(By.id("forms-form:variants"));
        variants.clear();
        variants.sendKeys("3");
        WebElement publish = driver.findElement(By.cssSelector("tr[id='form-" + code + "'] input.publish"));
        publish.click();
        // a full post: wait for the new page before reading it (a read during navigation can hit a detached node)
        Browser.waitFor(driver).until(Browser.gone(publish));
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), code));
        assertEquals(Labels.polish("publishing.status.PUBLISHED"), driver.findElement(By.cssSelector(
                "tr[id='form-" + code + "'] .form-status")).getText());
        driver.findElement(By.cssSelector("tr[id='form-" + code + "'] a.preview")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("preview-items")));
        List<WebElement> items = driver.findElements(By.cssSelector("#preview-items > li.preview-item"));
        assertEquals(30, items.size());
        assertTrue(driver.findElement(By.id("snapshot-hash")).getText().matches(".*[0-9a-f]{64}.*"));
        String page = driver.getPageSource();
        assertFalse(page.contains("\"correct\""), "no key in the preview");
        Accessibility.assertNoViolations(driver, "variant preview");
        driver.findElement(By.linkText(Labels.polish("publishing.preview.variant") + " C")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-title"),
                ", " + Labels.polish("publishing.preview.variant").toLowerCase() + " C"));
        assertEquals(30, driver.findElements(By.cssSelector("#preview-items > li.preview-item")).size());
    }
}
