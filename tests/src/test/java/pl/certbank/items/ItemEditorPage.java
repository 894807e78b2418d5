package pl.certbank.items;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import pl.certbank.support.Browser;

/** items/edit.xhtml as the browser tests drive it: one place that knows its ids. */
final class ItemEditorPage {

    static final By STATUS = By.id("item-status");
    static final By VERSION = By.id("item-version");
    static final By REFERENCE = By.id("item-reference");
    static final By ERRORS = By.cssSelector("#messages .ui-messages-error");
    static final By STEM = By.cssSelector("#edit\\:stem .ql-editor");
    static final By PREVIEW_STEM = By.id("preview-stem");

    private final WebDriver driver;

    ItemEditorPage(WebDriver driver) {
        this.driver = driver;
    }

    /** From the item list, a new item's editor. */
    ItemEditorPage startNew() {
        driver.findElement(By.id("items:new-item")).click();
        return ready();
    }

    ItemEditorPage ready() {
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(STEM));
        return this;
    }

    ItemEditorPage typeStem(String text) {
        WebElement editor = driver.findElement(STEM);
        editor.click();
        editor.sendKeys(text);
        return this;
    }

    ItemEditorPage replaceStem(String text) {
        WebElement editor = driver.findElement(STEM);
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        return this;
    }

    ItemEditorPage options(List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            driver.findElement(By.id("edit:options:" + i + ":text")).sendKeys(texts.get(i));
        }
        return this;
    }

    ItemEditorPage markKey(int option) {
        driver.findElement(By.cssSelector("#edit\\:options\\:" + option + "\\:correct .ui-chkbox-box")).click();
        return this;
    }

    ItemEditorPage tag(String criterion) {
        driver.findElement(By.xpath("//span[@data-code='" + criterion + "']")).click();
        return this;
    }

    void save() {
        driver.findElement(By.id("edit:save")).click();
    }

    /** Saves a new item and waits until the page shows it as a saved draft. */
    String saveNew() {
        save();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(VERSION));
        waitForStatus("DRAFT");
        return driver.getCurrentUrl();
    }

    /** A single-choice item with four options (the first the key) tagged to Z1.3.2, saved. */
    String writeSingleChoice(String stem) {
        startNew().typeStem(stem)
                .options(List.of("System CRM", "Arkusz kalkulacyjny", "Edytor grafiki", "Poczta głosowa"))
                .markKey(0).tag("Z1.3.2");
        String url = saveNew();
        assertTrue(driver.findElement(PREVIEW_STEM).getText().contains(stem));
        return url;
    }

    void submit() {
        driver.findElement(By.id("edit:submit")).click();
        waitForStatus("IN_REVIEW");
    }

    void clickApprove() {
        driver.findElement(By.id("edit:approve")).click();
    }

    void openHistory() {
        driver.findElement(By.id("edit:history")).click();
    }

    String reference() {
        return driver.findElement(REFERENCE).getText();
    }

    String version() {
        return driver.findElement(VERSION).getText();
    }

    /** The page's messages, once an error is among them. */
    String errors() {
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(ERRORS));
        return driver.findElement(By.id("messages")).getText();
    }

    void waitForStatus(String status) {
        Browser.waitFor(driver).until(ExpectedConditions.attributeToBe(STATUS, "data-status", status));
    }

    void waitForVersion(String version) {
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(VERSION, version));
    }
}
