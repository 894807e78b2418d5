package pl.certbank.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * A fresh headless Chromium for each test, closed after it whatever happened: register it with
 * {@code @RegisterExtension final BrowserSession browser = new BrowserSession();} and use {@link #driver()}.
 */
public final class BrowserSession implements BeforeEachCallback, AfterEachCallback {

    private WebDriver driver;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        driver = Browser.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    public WebDriver driver() {
        return driver;
    }
}
