package pl.certbank.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The 1EdTech-certified QTI 3 item player (amp-up.io {@code qti3-item-player} on Vue 2, both from npm at the versions
 * tests/package-lock.json pins) in headless Chromium, through the harness {@code qti/player.html}: an item's XML and
 * a candidate's response go in, the player's SCORE comes out. Anything the player reports as a
 * {@code QtiValidationException} on the console fails the test, with the console's lines, because a player that
 * refuses an item scores nothing, whatever the response. Close it to end the browser.
 */
public final class QtiPlayer implements AutoCloseable {

    /** What the player made of one response: its SCORE and MAXSCORE, the RESPONSE it scored, and its messages. */
    public record Result(BigDecimal score, BigDecimal maxScore, Object response, List<String> validationMessages) {
    }

    private static final String SCORE = """
            const done = arguments[arguments.length - 1];
            window.certbankQti.score(arguments[0], arguments[1])
                .then(done, e => done({failure: String(e && e.stack || e)}));
            """;

    private final WebDriver driver;
    private final List<String> console = new ArrayList<>();

    private QtiPlayer(WebDriver driver) {
        this.driver = driver;
    }

    /** A browser with the harness loaded and the player mounted (skipped without Chromium, see {@link Browser}). */
    public static QtiPlayer start() throws IOException {
        URL harness = QtiPlayer.class.getResource("/qti/player.html");
        if (harness == null) {
            throw new IllegalStateException("qti/player.html is not on the test class path");
        }
        WebDriver driver = Browser.start();
        QtiPlayer player = new QtiPlayer(driver);
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            driver.get(harness.toString());
            Browser.waitFor(driver).until(d -> {
                player.checkConsole("loading the harness");
                return Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return !!window.certbankQti && window.certbankQti.ready()"));
            });
        } catch (RuntimeException e) {
            player.close();
            throw e;
        }
        return player;
    }

    /**
     * The player's score of {@code value} (QTI's form: an identifier, a list of identifiers or of "p1 r2" pairs, a
     * string) as the RESPONSE of the item {@code itemXml}; {@code label} names the case in failures.
     */
    @SuppressWarnings("unchecked")
    public Result score(String label, String itemXml, Object value) {
        console.clear();
        Object reply = ((JavascriptExecutor) driver).executeAsyncScript(SCORE, itemXml, value);
        checkConsole(label);
        if (!(reply instanceof Map<?, ?> map)) {
            throw new AssertionError(label + ": the harness answered " + reply);
        }
        Map<String, Object> result = (Map<String, Object>) map;
        if (result.containsKey("failure")) {
            fail(label + ": the player failed: " + result.get("failure") + "\nconsole:\n" + String.join("\n", console));
        }
        List<String> errors = (List<String>) result.get("errors");
        if (!errors.isEmpty()) {
            fail(label + ": the player reported errors: " + errors);
        }
        return new Result(number(result.get("score")), number(result.get("maxScore")), result.get("response"),
                (List<String>) result.get("validationMessages"));
    }

    private static BigDecimal number(Object value) {
        return value == null || "null".equals(value) ? null : new BigDecimal(value.toString());
    }

    /** Reads the console since the last look and fails on a QTI validation error. */
    private void checkConsole(String label) {
        List<String> lines = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).toList();
        console.addAll(lines);
        List<String> invalid = lines.stream().filter(m -> m.contains("QtiValidationException")).toList();
        if (!invalid.isEmpty()) {
            fail(label + ": the player refused the item:\n" + String.join("\n", invalid));
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("Chromium did not quit", e));
        }
    }
}
