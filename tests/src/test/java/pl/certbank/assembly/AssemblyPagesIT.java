package pl.certbank.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
 * What a test designer does in Chromium: builds a blueprint in the editor (supply counts beside the bounds), checks
 * it, assembles, follows the run to its coverage matrix, swaps one item, and accepts the forms as drafts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssemblyPagesIT {

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
    void aDesignerBuildsABlueprintAssemblesSwapsAndAccepts() {
        Browser.signIn(driver, "/blueprints/list.xhtml", "designer", "designer");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("blueprints")));
        Accessibility.assertNoViolations(driver, "blueprint list");
        driver.findElement(By.id("new-blueprint")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("bounds")));
        String supply = driver.findElement(By.cssSelector("#row-set-Z1 .bank-supply")).getText();
        assertTrue(Integer.parseInt(supply) > 50, "the bank's supply beside the outcome set: " + supply);
        Accessibility.assertNoViolations(driver, "blueprint editor");

        String name = "Plan z przeglądarki " + UUID.randomUUID();
        type("blueprint:name", name);
        type("blueprint:itemsPerForm", "20");
        type("blueprint:forms", "2");
        type("blueprint:maxShared", "4");
        type("blueprint:maxUses", "1");
        typeIn("#row-set-Z1 input[id$=':min']", "6");
        typeIn("#row-set-Z2 input[id$=':min']", "8");
        typeIn("#row-type-SINGLE_CHOICE input[id$=':min']", "8");
        driver.findElement(By.id("blueprint:save")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("blueprint:feasibility")));
        assertTrue(driver.findElement(By.id("page-title")).getText().contains(name));

        driver.findElement(By.id("blueprint:feasibility")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                Labels.polish("blueprints.edit.feasible").substring(0, 20)));

        type("blueprint:timeLimit", "5");
        driver.findElement(By.id("blueprint:assemble")).click();
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("/assembly/run.xhtml"));
        // The page follows the run by itself (no reload) until the matrix of the finished forms appears.
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("matrix")));
        assertTrue(List.of(Labels.polish("RunStatus.OPTIMAL"), Labels.polish("RunStatus.FEASIBLE"))
                .contains(driver.findElement(By.id("status")).getText()));
        assertFalse(driver.findElements(By.id("violations-none")).isEmpty(), "the independent check found nothing");
        assertEquals(2, driver.findElements(By.cssSelector("#matrix thead th")).size() - 2, "a column per form");
        Accessibility.assertNoViolations(driver, "run result");

        List<WebElement> swaps = driver.findElements(By.cssSelector("button[id$=':swap']"));
        assertEquals(40, swaps.size(), "a swap button beside every placed item");
        String before = driver.findElement(By.cssSelector(".bank-form-list li a")).getText();
        swaps.get(0).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("swap-choices")));
        Accessibility.assertNoViolations(driver, "swap choices");
        String chosen = driver.findElement(By.cssSelector("#swap-choices tbody td")).getText();
        driver.findElement(By.cssSelector("#swap-choices button")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                chosen));
        Browser.waitFor(driver).until(d -> !d.findElement(By.cssSelector(".bank-form-list li a")).getText()
                .equals(before) || formHolds(chosen));
        assertTrue(formHolds(chosen), "the chosen item is on form 1 now");

        driver.findElement(By.id("run:accept")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("accepted")));
        long drafts = BankApi.json(BankApi.getAs("designer", "/api/v1/forms")).asJsonArray().stream()
                .filter(f -> f.asJsonObject().getString("title").startsWith(name)).count();
        assertEquals(2, drafts, "two form drafts of the accepted run");
    }

    private boolean formHolds(String reference) {
        return driver.findElements(By.cssSelector(".bank-form-list")).get(0).findElements(By.tagName("a")).stream()
                .anyMatch(a -> a.getText().equals(reference));
    }

    private void type(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    private void typeIn(String css, String value) {
        WebElement input = driver.findElement(By.cssSelector(css));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }
}
