package pl.certbank.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.support.ui.Select;
import pl.certbank.support.Accessibility;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDeployment;
import pl.certbank.support.Browser;
import pl.certbank.support.BrowserSession;

/**
 * Every answer type's fragments in Chromium: its editor (blank and holding a demo item's answer), the candidate
 * preview (every option, premise and element with its id, nothing of the key) and the reviewer's key; each page meets
 * WCAG 2.1 AA as axe-core judges it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnswerTypesPagesIT {

    /** An element only the type's editor fragment has. */
    private static final Map<String, String> EDITOR_FIELD = Map.of("SINGLE_CHOICE", "edit:add-option",
            "MULTIPLE_RESPONSE", "edit:add-option", "TRUE_FALSE", "edit:truth", "MATCHING", "edit:add-pair",
            "ORDERING", "edit:sequence", "SHORT_ANSWER", "edit:accepted");

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
    void eachTypeShowsItsEditorItsCandidateViewWithoutTheKeyAndItsKeyToReviewers() {
        Browser.signIn(driver, "/items/list.xhtml", "admin", "admin");
        for (String type : EDITOR_FIELD.keySet()) {
            JsonObject row = ((JsonObject) BankApi.json(BankApi.getAs("admin", "/api/v1/items?status=APPROVED&type="
                    + type + "&sort=REFERENCE&limit=1"))).getJsonArray("items").getJsonObject(0);
            long id = row.getJsonNumber("id").longValue();
            JsonObject answer = ItemsApi.read("admin", id).getJsonObject("latest").getJsonObject("answer");

            driver.get(BankApi.baseUrl() + "/items/edit.xhtml?id=" + id);
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id(EDITOR_FIELD.get(type))));
            WebElement preview = driver.findElement(By.id("edit:preview"));
            assertFalse(preview.getText().contains("✔"), type + ": the preview shows no key");
            List<String> shownIds = preview.findElements(By.cssSelector("[data-id]")).stream()
                    .map(e -> e.getAttribute("data-id")).toList();
            if (!answer.getJsonArray("options").isEmpty()) {
                assertEquals(answer.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                        .map(o -> o.getString("id")).toList(), shownIds, type + ": every option with its id");
            }
            if (type.equals("ORDERING")) {
                List<String> shownTexts = preview.findElements(By.cssSelector("[data-id]")).stream()
                        .map(WebElement::getText).toList();
                assertEquals(shownTexts.stream().sorted().toList(), shownTexts, "elements in text order");
                assertTrue(!shownTexts.equals(answer.getJsonArray("sequence").getValuesAs(jakarta.json.JsonString.class)
                        .stream().map(jakarta.json.JsonString::getString).toList()) || shownTexts.size() < 2,
                        "not in the key's order (the demo sequences are not alphabetical)");
            }
            Accessibility.assertNoViolations(driver, type + " editor");

            driver.get(BankApi.baseUrl() + "/reviews/item.xhtml?id=" + id);
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bank-key")));
            Accessibility.assertNoViolations(driver, type + " review page");
        }
    }

    @Test
    void switchingTheTypeOfANewItemShowsEachBlankEditor() {
        Browser.signIn(driver, "/items/edit.xhtml", "author", "author");
        new ItemEditorPage(driver).ready();
        for (String type : List.of("TRUE_FALSE", "MATCHING", "ORDERING", "SHORT_ANSWER", "MULTIPLE_RESPONSE")) {
            selectType(type);
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id(EDITOR_FIELD.get(type))));
            Accessibility.assertNoViolations(driver, "blank " + type + " editor");
        }
    }

    /** PrimeFaces' select menu keeps the native select as its input; choosing there fires the AJAX change. */
    private void selectType(String type) {
        WebElement menu = driver.findElement(By.id("edit:type"));
        menu.click();
        By option = By.cssSelector("#edit\\:type_items li[data-label]");
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(option));
        String label = new Select(driver.findElement(By.id("edit:type_input"))).getOptions().stream()
                .filter(o -> o.getAttribute("value").equals(type)).findFirst().orElseThrow().getAttribute("text");
        driver.findElements(option).stream().filter(li -> li.getAttribute("data-label").equals(label)).findFirst()
                .orElseThrow().click();
    }
}
