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
 * Experts write, submit, review, edit and compare items in headless Chromium; the four-eyes rule refuses an admin who
 * tries to approve their own item; a page opened with a bad item id says so; a bulk refusal is worded in the user's
 * language. Each test writes its own item with a unique marker in the stem.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ItemAuthoringIT {

    private static final By ERRORS = ItemEditorPage.ERRORS;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BankDeployment.asBuilt();
    }

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();
    private WebDriver driver;
    private ItemEditorPage editor;

    @BeforeEach
    void start() {
        driver = browser.driver();
        editor = new ItemEditorPage(driver);
    }

    @Test
    void authorWritesAndSubmitsAnItemThatAReviewerApproves() {
        String marker = ItemsApi.marker();
        Browser.signIn(driver, "/items/list.xhtml", "author", "author");
        Accessibility.assertNoViolations(driver, "item list");
        String itemUrl = writeAndSubmit("Który system " + marker + " służy do zarządzania relacjami z klientem?");
        assertEquals("1", editor.version());

        signOut();
        Browser.signIn(driver, "/reviews/queue.xhtml", "reviewer", "reviewer");
        By row = By.xpath("//tr[contains(., '" + marker + "')]");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(row));
        Accessibility.assertNoViolations(driver, "review queue");
        driver.findElement(row).findElement(By.tagName("a")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-stem"), marker));
        assertTrue(driver.findElement(By.cssSelector(".bank-key")).getText().contains("System CRM"),
                "the reviewer sees the key");
        Accessibility.assertNoViolations(driver, "review of an item in review");
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
        editor.writeSingleChoice(oldStem);

        editor.replaceStem(newStem).save();
        editor.waitForVersion("2");

        editor.openHistory();
        By stemRow = By.id("diff-stem");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(stemRow));
        WebElement row = driver.findElement(stemRow);
        assertEquals(oldStem, row.findElement(By.cssSelector(".bank-diff-left")).getText());
        assertEquals(newStem, row.findElement(By.cssSelector(".bank-diff-right")).getText());
        assertTrue(row.getAttribute("class").contains("bank-changed"), "the changed stem is marked");
        assertEquals("nowoczesnym", driver.findElement(By.cssSelector("#diff-words ins")).getText());
        assertTrue(!driver.findElement(By.id("diff-option-1")).getAttribute("class").contains("bank-changed"),
                "unchanged options are not marked");
        Accessibility.assertNoViolations(driver, "history with two versions side by side");
    }

    @Test
    void adminWhoWroteAnItemCannotApproveItAndItStaysInReview() {
        String marker = ItemsApi.marker();
        Browser.signIn(driver, "/items/list.xhtml", "admin", "admin");
        writeAndSubmit("Czym jest lejek sprzedaży " + marker + "?");

        editor.clickApprove();
        String errors = editor.errors();
        assertTrue(errors.contains(Labels.polish("ItemRefusal.FOUR_EYES", "admin", "1", editor.reference())),
                errors);
        editor.waitForStatus("IN_REVIEW");
        Accessibility.assertNoViolations(driver, "editor with a refusal");

        driver.navigate().refresh();
        waitForStatus("IN_REVIEW");
    }

    @Test
    void relationsSavedMeanwhileByAnotherEditorAreNeverOverwrittenFromAStalePage() {
        Browser.signIn(driver, "/items/list.xhtml", "author", "author");
        String url = editor.writeSingleChoice("Czy CRM " + ItemsApi.marker() + " wspiera obsługę reklamacji?");
        long id = Long.parseLong(url.replaceAll(".*id=", ""));
        var other = BankApi.send("PUT", "/api/v1/items/" + id + "/relations", "reviewer",
                "{\"enemies\": [], \"family\": \"FAM-INNY-REDAKTOR\"}", "If-Match", ItemsApi.etagOf("reviewer", id));
        assertEquals(200, other.statusCode(), other.body());

        driver.findElement(By.id("edit:submit")).click();
        assertTrue(editor.errors().contains(Labels.polish("items.error.stale")), "the page says it is stale");
        driver.findElement(By.id("edit:family")).sendKeys("FAM-MOJA");
        driver.findElement(By.id("edit:save-relations")).click();
        Browser.waitFor(driver).until(d -> d.findElement(By.id("messages")).getText().contains(
                Labels.polish("ItemRefusal.STALE", editor.reference(), "1", "2").substring(0, 20)));
        assertEquals("FAM-INNY-REDAKTOR", ItemsApi.read("author", id).getString("family"),
                "the other editor's relations stand");
        assertEquals("DRAFT", ItemsApi.read("author", id).getString("status"));
    }

    @Test
    void pagesOpenedWithABadItemIdSayThereIsNoSuchItemAndLeadBack() {
        Browser.signIn(driver, "/items/list.xhtml", "admin", "admin");
        for (String page : List.of("/items/history.xhtml?id=", "/items/edit.xhtml?id=")) {
            for (String id : List.of("abc", "999999999")) {
                openAndExpectNoSuchItem(page + id, Labels.polish("items.error.notFound"), "back-to-list");
                assertTrue(driver.findElements(By.id("edit:save")).isEmpty(), "no empty form pretends to be new");
            }
        }
        openAndExpectNoSuchItem("/reviews/item.xhtml?id=abc", Labels.polish("items.error.notFound"), "back-to-queue");
        openAndExpectNoSuchItem("/reviews/item.xhtml?id=999999999", Labels.polish("items.error.notFound"),
                "back-to-queue");

        driver.findElement(By.id("session:lang-en")).click();
        Browser.waitFor(driver).until(ExpectedConditions.attributeContains(By.id("session:lang-en"), "class",
                "active"));
        openAndExpectNoSuchItem("/reviews/item.xhtml?id=abc", Labels.english("items.error.notFound"), "back-to-queue");
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
        String expected = Labels.polish("BulkItems.Refusal.WRONG_STATUS", reference,
                Labels.polish("BulkItems.Action.SUBMIT"), Labels.polish("ItemStatus.IN_REVIEW"), "");
        assertTrue(driver.findElement(ERRORS).getText().contains(expected), driver.findElement(ERRORS).getText());
        Accessibility.assertNoViolations(driver, "item list with a selected row and a bulk refusal");
    }

    @Test
    void structuralErrorsAreShownInTheUsersLanguageAndNothingIsSaved() {
        Browser.signIn(driver, "/items/list.xhtml", "author", "author");
        editor.startNew().typeStem("Które narzędzie " + ItemsApi.marker() + " służy do prowadzenia lejka?")
                .options(List.of("System CRM", "System CRM")).save();

        String errors = editor.errors();
        assertTrue(errors.contains(Labels.polishRule("answer.options", "Choice.Rule.EXACTLY_ONE_KEY", "0")), errors);
        assertTrue(errors.contains(Labels.polishRule("answer.options", "Choice.Rule.DUPLICATE_OPTION", "System CRM")),
                errors);
        assertTrue(errors.contains(Labels.polishRule("criteria", "ItemContent.Rule.NO_CRITERION")), errors);
        assertTrue(driver.findElements(ItemEditorPage.VERSION).isEmpty(), "nothing was saved");
        Accessibility.assertNoViolations(driver, "editor listing broken rules");
    }

    private void openAndExpectNoSuchItem(String page, String message, String backLink) {
        driver.get(BankApi.baseUrl() + page);
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id(backLink)));
        assertTrue(driver.findElement(ERRORS).getText().contains(message), page + ": "
                + driver.findElement(ERRORS).getText());
        Accessibility.assertNoViolations(driver, page);
    }

    private String writeAndSubmit(String stem) {
        String url = editor.writeSingleChoice(stem);
        editor.submit();
        return url;
    }

    private void waitForStatus(String status) {
        editor.waitForStatus(status);
    }

    private void signOut() {
        WebElement user = driver.findElement(By.id("current-user"));
        driver.findElement(By.id("session:sign-out")).click();
        Browser.waitFor(driver).until(Browser.gone(user));
    }
}
