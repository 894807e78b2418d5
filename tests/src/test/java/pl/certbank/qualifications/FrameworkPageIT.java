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
import pl.certbank.support.Accessibility;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDeployment;
import pl.certbank.support.Labels;
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
        assertEquals(Labels.polish("qualifications.framework.title"), driver.findElement(TITLE).getText());
        assertTrue(driver.findElements(CRITERION_CODES).isEmpty(), "the tree starts collapsed to its sets");
        Accessibility.assertNoViolations(driver, "framework, collapsed");

        driver.findElement(By.id("framework:expand-all")).click();
        Browser.waitFor(driver).until(ExpectedConditions.numberOfElementsToBe(CRITERION_CODES, 39));
        Accessibility.assertNoViolations(driver, "framework, expanded");

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
        assertEquals(Labels.polish("qualifications.framework.title"), driver.findElement(TITLE).getText());

        driver.findElement(By.id("session:lang-en")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(TITLE, Labels.english(
                "qualifications.framework.title")));
        assertEquals(Labels.english("qualifications.framework.expandAll"),
                driver.findElement(By.id("framework:expand-all")).getText());
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        Accessibility.assertNoViolations(driver, "framework in English");

        driver.findElement(By.id("session:lang-pl")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(TITLE, Labels.polish(
                "qualifications.framework.title")));
        assertEquals(Labels.polish("qualifications.framework.expandAll"),
                driver.findElement(By.id("framework:expand-all")).getText());

        driver.get(BankApi.baseUrl() + "/index.xhtml");
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                Labels.polish("index.welcome")));
        Accessibility.assertNoViolations(driver, "start page");
        driver.get(BankApi.baseUrl() + "/no-such-page.xhtml");
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                Labels.polish("errors.notFound.title")));
        Accessibility.assertNoViolations(driver, "page not found");
    }

    @Test
    void wrongPasswordKeepsTheUserOnTheLoginPage() {
        driver.get(BankApi.baseUrl() + "/qualifications/framework.xhtml");
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        Accessibility.assertNoViolations(driver, "login");
        driver.findElement(By.id("username")).sendKeys("author");
        driver.findElement(By.id("password")).sendKeys("not-the-password");
        driver.findElement(By.id("sign-in")).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertTrue(driver.findElements(TITLE).isEmpty());
        Accessibility.assertNoViolations(driver, "login with an error");
    }
}
