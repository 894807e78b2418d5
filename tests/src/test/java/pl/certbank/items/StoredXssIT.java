package pl.certbank.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import pl.certbank.support.Accessibility;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDeployment;
import pl.certbank.support.Browser;
import pl.certbank.support.BrowserSession;

/**
 * Option texts, rationale, keywords, source and review comments are stored verbatim, so every page must escape
 * them; the stem is sanitised HTML. Public payload classes (event handlers, javascript: URLs, SVG, broken tags,
 * mutation XSS, polyglots, expression-language injection) go into every one of those fields, and the editor,
 * history, review and list pages are opened in Chromium: nothing may run (each payload would set window.__xss), no
 * element may carry a handler or a javascript: URL, no script without the page's nonce may appear, and the texts
 * must show as written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoredXssIT {

    static final List<String> PAYLOADS = List.of(
            "<img src=x onerror=\"window.__xss='img'\">",
            "<svg onload=\"window.__xss='svg'\"></svg>",
            "<a href=\"javascript:window.__xss='href'\">klik</a>",
            "\"><script>window.__xss='script'</script>",
            "'';!--\"<XSS>=&{()}",
            "<iframe src=\"javascript:window.__xss='iframe'\"></iframe>",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss='mxss'>",
            "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=window.__xss='poly' )//</stYle/</titLe/</teXtarEa/"
                    + "</scRipt/--!><sVg/<sVg/oNloAd=window.__xss='poly'//>",
            "#{facesContext.externalContext.sessionMap}",
            "${7*7} <body onload=window.__xss='body'>");

    /** What the page would show if a payload got in: handlers, javascript: URLs, foreign elements, bare scripts. */
    private static final String INJECTED = """
            const bad = [];
            for (const e of document.querySelectorAll('*')) {
              for (const a of e.attributes) {
                const url = /^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(a.name);
                if (/^on/i.test(a.name) || url && /^\\s*javascript:/i.test(a.value)) bad.push(e.tagName + ' ' + a.name);
              }
            }
            document.querySelectorAll('iframe, math, mglyph, xss, svg svg').forEach(e => bad.push(e.tagName));
            document.querySelectorAll('script:not([src])').forEach(s => { if (!s.nonce) bad.push('bare script'); });
            if (window.__xss !== undefined) bad.push('ran: ' + window.__xss);
            return bad;
            """;

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
    void noPayloadRunsOnTheEditorHistoryReviewAndListPages() {
        String marker = ItemsApi.marker();
        JsonObject created = ItemsApi.create("author", item(marker, 0).toString());
        long id = created.getJsonNumber("id").longValue();
        var revised = BankApi.send("PUT", "/api/v1/items/" + id, "author", item(marker, 3).toString(), "If-Match",
                ItemsApi.etagOf("author", id));
        assertEquals(200, revised.statusCode(), revised.body());

        Browser.signIn(driver, "/items/edit.xhtml?id=" + id, "author", "author");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("preview-stem")));
        assertClean("editor");
        String values = (String) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('input, textarea')].map(e => e.value).join('\\n');");
        for (String payload : PAYLOADS.subList(0, 6)) {
            assertTrue(values.contains(payload), "the editor shows the option or rationale as written: " + payload);
        }

        driver.get(BankApi.baseUrl() + "/items/history.xhtml?id=" + id);
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("diff-table")));
        assertClean("history");
        String history = driver.findElement(By.id("diff-table")).getText();
        assertTrue(history.contains("'';!--\"<XSS>=&{()}"), history);
        assertTrue(history.contains("#{facesContext.externalContext.sessionMap}"), "no expression is evaluated");

        assertEquals(200, ItemsApi.post("author", id, "/submit", null, ItemsApi.etagOf("author", id)).statusCode());
        for (String payload : List.of(PAYLOADS.get(0), PAYLOADS.get(7), PAYLOADS.get(9))) {
            var comment = BankApi.send("POST", "/api/v1/reviews/" + id + "/comments", "reviewer", Json
                    .createObjectBuilder().add("text", payload).add("version", 2).build().toString());
            assertEquals(200, comment.statusCode(), comment.body());
        }
        driver.manage().deleteAllCookies();
        Browser.signIn(driver, "/reviews/item.xhtml?id=" + id, "reviewer", "reviewer");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("review-stem")));
        assertClean("review");
        String review = driver.findElement(By.tagName("main")).getText();
        for (String payload : List.of(PAYLOADS.get(1), PAYLOADS.get(4), PAYLOADS.get(8))) {
            assertTrue(review.contains(payload), "the review shows it as written: " + payload);
        }

        driver.get(BankApi.baseUrl() + "/items/list.xhtml");
        driver.findElement(By.id("items:text")).sendKeys(marker);
        driver.findElement(By.id("items:search")).click();
        Browser.waitFor(driver).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(
                "#items\\:table_data > tr"), 1));
        assertClean("list");
    }

    /** An item with every verbatim field full of payloads (rotated by {@code shift}) and a stem that tries too. */
    private static JsonObject item(String marker, int shift) {
        JsonArrayBuilder options = Json.createArrayBuilder();
        for (int i = 0; i < 6; i++) {
            options.add(Json.createObjectBuilder().add("text", PAYLOADS.get((i + shift) % PAYLOADS.size()))
                    .add("correct", i % 2 == 0));
        }
        JsonArrayBuilder keywords = Json.createArrayBuilder();
        PAYLOADS.stream().filter(p -> p.length() <= 80).forEach(keywords::add);
        String stemText = String.join(" ", PAYLOADS.subList(shift, shift + 4)).replace("&", "&amp;")
                .replace("<", "&lt;").replace(">", "&gt;");
        return Json.createObjectBuilder().add("qualification", "CRM-PRK4").add("type", "MULTIPLE_RESPONSE")
                .add("stem", "<p>" + marker + " Które zdania są prawdziwe? " + stemText + "</p>" + PAYLOADS.get(0)
                        + PAYLOADS.get(1) + PAYLOADS.get(3) + PAYLOADS.get(5))
                .add("options", options).add("criteria", Json.createArrayBuilder().add("Z1.1.4"))
                .add("rationale", String.join("\n", PAYLOADS)).add("keywords", keywords)
                .add("source", PAYLOADS.get((7 + shift) % PAYLOADS.size())).build();
    }

    @SuppressWarnings("unchecked")
    private void assertClean(String page) {
        try {
            String text = driver.switchTo().alert().getText();
            throw new AssertionError(page + ": a dialog opened: " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        List<String> injected = (List<String>) ((JavascriptExecutor) driver).executeScript(INJECTED);
        assertEquals(List.of(), injected, page + ": payloads got into the page");
        Accessibility.assertNoViolations(driver, page);
    }
}
