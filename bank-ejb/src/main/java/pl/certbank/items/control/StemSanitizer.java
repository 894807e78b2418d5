package pl.certbank.items.control;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import pl.certbank.items.entity.ItemImage;

/**
 * Keeps only the HTML an item needs (paragraphs, emphasis, lists, simple tables, sub/superscript, line breaks, and
 * images the bank itself stores); scripts, event handlers, styles and foreign URLs are dropped. OWASP's sanitizer,
 * not a hand-written filter: HTML parsing is where home-made filters fail.
 */
public final class StemSanitizer {

    /** Images must come from the bank's own image store, never from another host. */
    private static final Pattern BANK_IMAGE = Pattern.compile("^" + Pattern.quote(ItemImage.URL_PREFIX) + "\\d+$");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "sub", "sup", "ul", "ol", "li", "blockquote",
                    "table", "thead", "tbody", "tr", "th", "td", "code", "pre", "span")
            .allowElements("img")
            .allowAttributes("src").matching(BANK_IMAGE).onElements("img")
            .allowAttributes("alt", "width", "height").onElements("img")
            .allowUrlProtocols("http", "https")
            .allowAttributes("colspan", "rowspan").onElements("td", "th")
            .toFactory();

    private StemSanitizer() {
    }

    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }
}
