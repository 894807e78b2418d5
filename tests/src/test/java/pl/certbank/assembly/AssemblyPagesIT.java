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

        // Keep the first item of form 1, leave the second out, and assemble again: the new run honours both.
        String kept = driver.findElements(By.cssSelector(".bank-form-list")).get(0).findElements(By.tagName("a"))
                .get(0).getText();
        String dropped = driver.findElements(By.cssSelector(".bank-form-list")).get(0)
                .findElements(By.tagName("a")).get(1).getText();
        driver.findElements(By.cssSelector("button[id$=':keep']")).get(0).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("run:locks"),
                Labels.polish("assembly.lock.hint", 1)));
        driver.findElements(By.cssSelector("button[id$=':drop']")).get(1).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("run:locks"),
                Labels.polish("assembly.lock.hint", 2)));
        String firstRun = driver.getCurrentUrl();
        type("run:resolveTime", "5");
        driver.findElement(By.id("run:resolve")).click();
        Browser.waitFor(driver).until(d -> !d.getCurrentUrl().equals(firstRun));
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("matrix")));
        assertTrue(formHolds(kept), "the kept item is on form 1 again");
        assertTrue(driver.findElements(By.cssSelector(".bank-form-list a")).stream()
                .noneMatch(a -> a.getText().equals(dropped)), "the left-out item is on no form");
        Accessibility.assertNoViolations(driver, "run with locks");

        driver.findElement(By.id("run:accept")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("accepted")));
        long drafts = BankApi.json(BankApi.getAs("designer", "/api/v1/forms")).asJsonArray().stream()
                .filter(f -> f.asJsonObject().getString("title").startsWith(name)).count();
        assertEquals(2, drafts, "two form drafts of the accepted run");
    }

    @Test
    void whatTheBankLacksIsShownPerCriterionInPolish() {
        var document = jakarta.json.Json.createObjectBuilder(AssemblyApi.demoBlueprint())
                .add("cells", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                        .add("level", "CRITERION").add("code", "Z1.1.3").add("min", 2)))
                .add("maxUses", 1).build();
        long blueprint = AssemblyApi.create(document, "Braki " + UUID.randomUUID());
        Browser.signIn(driver, "/blueprints/edit.xhtml?id=" + blueprint, "designer", "designer");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("blueprint:feasibility")));
        assertEquals("2", driver.findElement(By.cssSelector("#row-criterion-Z1-1-3 input[id$=':min']"))
                .getAttribute("value"), "the saved bound is in the editor");
        driver.findElement(By.id("blueprint:feasibility")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bank-shortfall")));
        String shortfall = driver.findElement(By.cssSelector(".bank-shortfall")).getText();
        assertTrue(shortfall.startsWith("Z1.1.3: ") && shortfall.contains("różnych zadań"), shortfall);
        Accessibility.assertNoViolations(driver, "diagnosis");
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
