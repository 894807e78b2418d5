package pl.certbank.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * WCAG 2.1 A and AA checked by axe-core (npm, the version tests/package-lock.json pins) in the page as the browser
 * shows it now: every violation fails the test, with the rule, the elements and axe's advice. The same check fails on
 * anything the page's Content-Security-Policy made Chromium block (inline scripts, handlers, foreign sources).
 */
public final class Accessibility {

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
               .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                   targets: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '')
                       .replace(/\\s+/g, ' ').slice(0, 300))}))))
               .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]));
            """;

    private static final String SETTLED = """
            return document.readyState === 'complete'
                && !(window.jQuery && jQuery.active > 0)
                && !(window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue
                     && !PrimeFaces.ajax.Queue.isEmpty())
                && document.getAnimations().every(a => a.playState !== 'running'
                    || (a.effect && a.effect.getTiming().iterations === Infinity));
            """;

    private static String script;

    private Accessibility() {
    }

    /**
     * Fails with every WCAG 2.1 AA violation axe finds on the page the driver shows, and with every
     * Content-Security-Policy violation Chromium reported on its console since the last check; {@code page} names it.
     */
    @SuppressWarnings("unchecked")
    public static void assertNoViolations(WebDriver driver, String page) {
        List<String> blocked = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll()
                .stream().map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
        if (!blocked.isEmpty()) {
            fail(page + ": the browser blocked " + blocked.size() + " thing(s) by the page's policy:\n"
                    + String.join("\n", blocked));
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // Judge the page at rest: a button PrimeFaces disables during an AJAX request, or one still fading back,
        // is not what a user reads.
        Browser.waitFor(driver).until(d -> Boolean.TRUE.equals(js.executeScript(SETTLED)));
        js.executeScript(axe());
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(RUN);
        if (!violations.isEmpty()) {
            List<String> report = new ArrayList<>();
            violations.forEach(v -> report.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " → "
                    + v.get("targets")));
            fail(page + ": " + violations.size() + " accessibility violation(s):\n" + String.join("\n", report));
        }
    }

    private static synchronized String axe() {
        if (script == null) {
            Path file = Path.of(System.getProperty("axe.script", "node_modules/axe-core/axe.min.js"));
            try {
                script = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing (" + file + "): the build installs it with npm ci",
                        e);
            }
        }
        return script;
    }
}
