package pl.certbank.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDeployment;
import pl.certbank.support.Browser;
import pl.certbank.support.BrowserSession;

/**
 * Experts write, submit, review, edit and compare items in headless Chromium; the four-eyes rule refuses an admin who
 * tries to approve their own item; a page opened with a bad item id says so; a bulk refusal is worded in the user's
 * language. Each test writes its own item with a unique marker in the stem.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ItemAuthoringIT {

    private static final By STATUS = By.id("item-status");
    private static final By VERSION = By.id("item-version");
    private static final By ERRORS = By.cssSelector("#messages .ui-messages-error");

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
    void authorWritesAndSubmitsAnItemThatAReviewerApproves() {
        String marker = ItemsApi.marker();
        Browser.signIn(driver, "/items/list.xhtml", "author", "author");
        String itemUrl = writeAndSubmit("Który system " + marker + " służy do zarządzania relacjami z klientem?");
        assertEquals("1", driver.findElement(VERSION).getText());

        signOut();
        Browser.signIn(driver, "/reviews/queue.xhtml", "reviewer", "reviewer");
        By row = By.xpath("//tr[contains(., '" + marker + "')]");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(row));
        driver.findElement(row).findElement(By.tagName("a")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-stem"), marker));
        assertTrue(driver.findElement(By.cssSelector(".bank-key")).getText().contains("System CRM"),
                "the reviewer sees the key");
        driver.findElement(By.id("review:approve")).click();
        waitForStatus("APPROVED");

        driver.get(itemUrl);
        waitForStatus("APPROVED");
    }

    @Test
    void authorEditsTheStemAndHistoryShowsBothVersionsSideBySide() {
        String marker = ItemsApi.marker();
        Browser.signIn(driver, "/items/list.xhtml", "author", "author");
        String oldStem = "Co oznacza skrót " + marker + " w systemie CRM?";
        String newStem = "Co oznacza skrót " + marker + " w nowoczesnym systemie CRM?";
        write(oldStem);

        WebElement editor = driver.findElement(By.cssSelector("#edit\\:stem .ql-editor"));
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), newStem);
        driver.findElement(By.id("edit:save")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(VERSION, "2"));

        driver.findElement(By.id("edit:history")).click();
        By stemRow = By.id("diff-stem");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(stemRow));
        WebElement row = driver.findElement(stemRow);
        assertEquals(oldStem, row.findElement(By.cssSelector(".bank-diff-left")).getText());
        assertEquals(newStem, row.findElement(By.cssSelector(".bank-diff-right")).getText());
        assertTrue(row.getAttribute("class").contains("bank-changed"), "the changed stem is marked");
        assertEquals("nowoczesnym", driver.findElement(By.cssSelector("#diff-words ins")).getText());
        assertTrue(!driver.findElement(By.id("diff-option-1")).getAttribute("class").contains("bank-changed"),
                "unchanged options are not marked");
    }

    @Test
    void adminWhoWroteAnItemCannotApproveItAndItStaysInReview() {
        String marker = ItemsApi.marker();
        Browser.signIn(driver, "/items/list.xhtml", "admin", "admin");
        writeAndSubmit("Czym jest lejek sprzedaży " + marker + "?");

        driver.findElement(By.id("edit:approve")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(ERRORS));
        assertTrue(driver.findElement(ERRORS).getText().contains("Zasada czterech oczu"),
                driver.findElement(ERRORS).getText());
        Browser.waitFor(driver).until(ExpectedConditions.attributeToBe(STATUS, "data-status", "IN_REVIEW"));

        driver.navigate().refresh();
        waitForStatus("IN_REVIEW");
    }

    @Test
    void pagesOpenedWithABadItemIdSayThereIsNoSuchItemAndLeadBack() {
        Browser.signIn(driver, "/items/list.xhtml", "admin", "admin");
        for (String page : List.of("/items/history.xhtml?id=", "/items/edit.xhtml?id=")) {
            for (String id : List.of("abc", "999999999")) {
                openAndExpectNoSuchItem(page + id, "Nie ma takiego zadania.", "back-to-list");
                assertTrue(driver.findElements(By.id("edit:save")).isEmpty(), "no empty form pretends to be new");
            }
        }
        openAndExpectNoSuchItem("/reviews/item.xhtml?id=abc", "Nie ma takiego zadania.", "back-to-queue");
        openAndExpectNoSuchItem("/reviews/item.xhtml?id=999999999", "Nie ma takiego zadania.", "back-to-queue");

        driver.findElement(By.id("session:lang-en")).click();
        Browser.waitFor(driver).until(ExpectedConditions.attributeContains(By.id("session:lang-en"), "class",
                "active"));
        openAndExpectNoSuchItem("/reviews/item.xhtml?id=abc", "There is no such item.", "back-to-queue");
        driver.findElement(By.id("back-to-queue")).click();
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("/reviews/queue.xhtml"));
    }

    @Test
    void bulkSubmitOfAnItemInReviewIsRefusedInTheUsersLanguageWithItsReference() {
        String marker = ItemsApi.marker();
        JsonObject created = ItemsApi.create("author", ItemsApi.singleChoice("Na jakiej podstawie " + marker
                + " przetwarza się dane klienta?", "Z1.3.2"));
        long id = created.getJsonNumber("id").longValue();
        String reference = created.getString("reference");
        assertEquals(200, ItemsApi.post("author", id, "/submit", null, null).statusCode());

        Browser.signIn(driver, "/items/list.xhtml", "author", "author");
        driver.findElement(By.id("items:text")).sendKeys(marker);
        driver.findElement(By.id("items:search")).click();
        // The new item may already be on the first page: wait until the search has replaced the rows.
        Browser.waitFor(driver).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#items\\:table_data > tr"), 1));
        By row = By.xpath("//tbody[@id='items:table_data']/tr[contains(., '" + marker + "')]");
        driver.findElement(row).findElement(By.cssSelector(".ui-chkbox-box")).click();
        Browser.waitFor(driver).until(ExpectedConditions.attributeToBe(row, "aria-selected", "true"));
        driver.findElement(By.id("items:bulk-submit")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(ERRORS));
        assertTrue(driver.findElement(ERRORS).getText().contains(reference
                + ": nie można wysłać do recenzji — stan: W recenzji"), driver.findElement(ERRORS).getText());
    }

    @Test
    void structuralErrorsAreShownInTheUsersLanguageAndNothingIsSaved() {
        Browser.signIn(driver, "/items/list.xhtml", "author", "author");
        driver.findElement(By.id("items:new-item")).click();
        By editorLocator = By.cssSelector("#edit\\:stem .ql-editor");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(editorLocator));
        driver.findElement(editorLocator)
                .sendKeys("Które narzędzie " + ItemsApi.marker() + " służy do prowadzenia lejka?");
        driver.findElement(By.id("edit:options:0:text")).sendKeys("System CRM");
        driver.findElement(By.id("edit:options:1:text")).sendKeys("System CRM");
        driver.findElement(By.id("edit:save")).click();

        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(ERRORS));
        String errors = driver.findElement(By.id("messages")).getText();
        assertTrue(errors.contains("Odpowiedzi: oznacz dokładnie jedną odpowiedź jako poprawną (teraz 0)"), errors);
        assertTrue(errors.contains("Odpowiedzi: odpowiedź „System CRM” występuje dwa razy"), errors);
        assertTrue(errors.contains("Kryteria weryfikacji: przypisz zadanie do co najmniej jednego kryterium"), errors);
        assertTrue(driver.findElements(VERSION).isEmpty(), "nothing was saved");
    }

    private void openAndExpectNoSuchItem(String page, String message, String backLink) {
        driver.get(BankApi.baseUrl() + page);
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id(backLink)));
        assertTrue(driver.findElement(ERRORS).getText().contains(message), page + ": "
                + driver.findElement(ERRORS).getText());
    }

    /** Writes a single-choice item with four options (the first is the key) tagged to Z1.3.2 and saves it. */
    private String write(String stem) {
        driver.findElement(By.id("items:new-item")).click();
        By editorLocator = By.cssSelector("#edit\\:stem .ql-editor");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(editorLocator));
        WebElement editor = driver.findElement(editorLocator);
        editor.click();
        editor.sendKeys(stem);
        List<String> options = List.of("System CRM", "Arkusz kalkulacyjny", "Edytor grafiki", "Poczta głosowa");
        for (int i = 0; i < options.size(); i++) {
            driver.findElement(By.id("edit:options:" + i + ":text")).sendKeys(options.get(i));
        }
        driver.findElement(By.cssSelector("#edit\\:options\\:0\\:correct .ui-chkbox-box")).click();
        driver.findElement(By.xpath("//span[@data-code='Z1.3.2']")).click();
        driver.findElement(By.id("edit:save")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(VERSION));
        waitForStatus("DRAFT");
        assertTrue(driver.findElement(By.id("preview-stem")).getText().contains(stem));
        return driver.getCurrentUrl();
    }

    private String writeAndSubmit(String stem) {
        String url = write(stem);
        driver.findElement(By.id("edit:submit")).click();
        waitForStatus("IN_REVIEW");
        return url;
    }

    private void waitForStatus(String status) {
        Browser.waitFor(driver).until(ExpectedConditions.attributeToBe(STATUS, "data-status", status));
    }

    private void signOut() {
        WebElement user = driver.findElement(By.id("current-user"));
        driver.findElement(By.id("session:sign-out")).click();
        Browser.waitFor(driver).until(ExpectedConditions.stalenessOf(user));
    }
}
