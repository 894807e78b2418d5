package pl.certbank.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver; never lets Selenium Manager download anything. Without
 * Chromium the browser tests are skipped, unless -Dbrowser.required=true (as in .ci/run) makes that a failure.
 */
public final class Browser {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private Browser() {
    }

    public static WebDriver start() throws java.io.IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (!installed) {
            String message = "Chromium or chromedriver not found at " + CHROMIUM + " / " + DRIVER
                    + " (apt-get install chromium chromium-driver)";
            if (Boolean.getBoolean("browser.required")) {
                throw new IllegalStateException(message + "; browser tests are required (-Dbrowser.required=true)");
            }
            Assumptions.abort(message + ": browser test skipped");
        }
        Path profile = Files.createTempDirectory("certbank-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1400,1000", "--lang=pl", "--user-data-dir=" + profile);
        // The console, where Chromium reports every Content-Security-Policy violation (PageChecks reads it).
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    public static WebDriverWait waitFor(WebDriver driver) {
        // AJAX updates replace elements while a condition polls them: a stale element means "not yet", not failure.
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /**
     * Whether the element has left the page (a full post replaced it). Unlike Selenium's {@code stalenessOf}, a node
     * the browser is just then removing (ChromeDriver's "does not belong to the document") counts as gone, not as a
     * failure.
     */
    public static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> gone(
            org.openqa.selenium.WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /** Signs in through the login form that every protected page leads to. */
    public static void signIn(WebDriver driver, String page, String user, String password) {
        driver.get(BankApi.baseUrl() + page);
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }
}
