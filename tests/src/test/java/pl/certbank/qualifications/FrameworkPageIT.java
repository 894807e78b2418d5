package pl.certbank.qualifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import pl.certbank.support.BankDeployment;
import pl.certbank.support.Browser;
import pl.certbank.support.BrowserSession;
import pl.certbank.support.CrmFramework;

/** An expert signs in, opens the framework tree, expands it and switches the language, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrameworkPageIT {

    private static final By CRITERION_CODES = By.cssSelector("span.bank-code.bank-criterion");
    private static final By TITLE = By.id("page-title");

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
    void expertSeesAllThirtyNineCriteriaAfterExpandingTheTree() {
        Browser.signIn(driver, "/qualifications/framework.xhtml", "author", "author");
        assertEquals("Struktura kwalifikacji", driver.findElement(TITLE).getText());
        assertTrue(driver.findElements(CRITERION_CODES).isEmpty(), "the tree starts collapsed to its sets");

        driver.findElement(By.id("framework:expand-all")).click();
        Browser.waitFor(driver).until(ExpectedConditions.numberOfElementsToBe(CRITERION_CODES, 39));

        List<WebElement> rows = driver.findElements(By.cssSelector("#framework\\:tree tbody tr"));
        Map<String, String> shown = rows.stream()
                .filter(row -> !row.findElements(CRITERION_CODES).isEmpty())
                .collect(Collectors.toMap(row -> row.findElement(CRITERION_CODES).getText(),
                        row -> row.findElement(By.cssSelector("span.bank-text")).getText(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
        assertEquals(CrmFramework.criteria(), shown);

        driver.findElement(By.id("framework:collapse-all")).click();
        Browser.waitFor(driver).until(ExpectedConditions.numberOfElementsToBe(CRITERION_CODES, 0));
    }

    @Test
    void languageSwitchesToEnglishAndBack() {
        Browser.signIn(driver, "/qualifications/framework.xhtml", "designer", "designer");
        assertEquals("Struktura kwalifikacji", driver.findElement(TITLE).getText());

        driver.findElement(By.id("session:lang-en")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(TITLE, "Qualification framework"));
        assertEquals("Expand all", driver.findElement(By.id("framework:expand-all")).getText());
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));

        driver.findElement(By.id("session:lang-pl")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(TITLE, "Struktura kwalifikacji"));
        assertEquals("Rozwiń wszystko", driver.findElement(By.id("framework:expand-all")).getText());
    }

    @Test
    void wrongPasswordKeepsTheUserOnTheLoginPage() {
        driver.get(pl.certbank.support.BankApi.baseUrl() + "/qualifications/framework.xhtml");
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys("author");
        driver.findElement(By.id("password")).sendKeys("not-the-password");
        driver.findElement(By.id("sign-in")).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertTrue(driver.findElements(TITLE).isEmpty());
    }
}
