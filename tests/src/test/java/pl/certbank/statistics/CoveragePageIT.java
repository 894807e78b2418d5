package pl.certbank.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
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

/** The coverage matrix shows what the coverage API counts, with a text alternative for its chart, in Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoveragePageIT {

    private static final By CELLS = By.cssSelector("#coverage span.bank-cell[data-code]");

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
    void theMatrixShowsEveryCriterionWithTheCountTheApiGivesAndItsBand() {
        Browser.signIn(driver, "/statistics/coverage.xhtml", "designer", "designer");
        Browser.waitFor(driver).until(ExpectedConditions.numberOfElementsToBe(CELLS, 39));
        JsonObject counts = ((JsonObject) BankApi.json(BankApi.getAs("designer", "/api/v1/items/coverage")))
                .getJsonObject("approvedItems");
        List<WebElement> cells = driver.findElements(CELLS);
        for (WebElement cell : cells) {
            String code = cell.getAttribute("data-code");
            int count = counts.getInt(code);
            assertEquals(code + ": " + count, cell.getText());
            String band = count == 0 ? "none" : count < 3 ? "few" : "enough";
            assertEquals(true, cell.getAttribute("class").contains("bank-cover-" + band), code + " " + band);
        }
        assertEquals(Labels.polish("coverage.chartLabel"), driver.findElement(By.id("chart_canvas"))
                .getAttribute("aria-label"));
        Accessibility.assertNoViolations(driver, "coverage");
    }

    @Test
    void theOldAddressLeadsToThePage() {
        Browser.signIn(driver, "/items/coverage.xhtml", "designer", "designer");
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("/statistics/coverage.xhtml"));
        Browser.waitFor(driver).until(ExpectedConditions.numberOfElementsToBe(CELLS, 39));
    }
}
