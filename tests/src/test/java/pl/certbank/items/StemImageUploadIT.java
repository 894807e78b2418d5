package pl.certbank.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import pl.certbank.support.BankDeployment;
import pl.certbank.support.Browser;
import pl.certbank.support.BrowserSession;

/** An author inserts an image into the stem from the editor; a file that is no image is refused with a message. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StemImageUploadIT {

    private static final By UPLOAD = By.id("edit:stem-image_input");
    private static final By EDITOR = By.cssSelector("#edit\\:stem .ql-editor");
    private static final By PREVIEW_IMAGE = By.cssSelector("#preview-stem img[src^='/bank/api/v1/images/']");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BankDeployment.asBuilt();
    }

    @TempDir
    Path files;

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();
    private WebDriver driver;

    @BeforeEach
    void start() {
        driver = browser.driver();
    }

    @Test
    void anUploadedImageGoesIntoTheStemAndIsSavedWithIt() throws Exception {
        String marker = ItemsApi.marker();
        Browser.signIn(driver, "/items/edit.xhtml", "author", "author");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(EDITOR));
        WebElement editor = driver.findElement(EDITOR);
        editor.click();
        editor.sendKeys("Co pokazuje wykres " + marker + "? ");

        Path png = files.resolve("wykres_popytu.png");
        Files.write(png, ImagesApi.PNG);
        driver.findElement(UPLOAD).sendKeys(png.toString());
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(PREVIEW_IMAGE));
        WebElement inEditor = driver.findElement(By.cssSelector("#edit\\:stem .ql-editor img"));
        assertEquals("wykres popytu", inEditor.getAttribute("alt"));
        Browser.waitFor(driver).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var i = document.querySelector(\"#preview-stem img\"); return i.complete && i.naturalWidth === 1;"));

        List<String> options = List.of("Popyt", "Podaż", "Koszty", "Zysk");
        for (int i = 0; i < options.size(); i++) {
            driver.findElement(By.id("edit:options:" + i + ":text")).sendKeys(options.get(i));
        }
        driver.findElement(By.cssSelector("#edit\\:options\\:0\\:correct .ui-chkbox-box")).click();
        driver.findElement(By.xpath("//span[@data-code='Z1.3.2']")).click();
        driver.findElement(By.id("edit:save")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("item-version")));

        driver.navigate().refresh();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(PREVIEW_IMAGE));
        assertTrue(driver.findElement(By.id("preview-stem")).getText().contains(marker));
    }

    @Test
    void aFileThatIsNoImageIsRefusedWithAMessage() throws Exception {
        Browser.signIn(driver, "/items/edit.xhtml", "author", "author");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(EDITOR));
        Path fake = files.resolve("notatka.png");
        Files.writeString(fake, "To jest tekst, nie obrazek.", StandardCharsets.UTF_8);
        driver.findElement(UPLOAD).sendKeys(fake.toString());
        By error = By.cssSelector("#messages .ui-messages-error");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(error));
        assertTrue(driver.findElement(error).getText().contains("nie jest obrazem"),
                driver.findElement(error).getText());
        assertEquals(0, driver.findElements(By.cssSelector("#edit\\:stem .ql-editor img")).size());
    }
}
