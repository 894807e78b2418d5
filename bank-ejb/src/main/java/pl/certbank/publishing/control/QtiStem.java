package pl.certbank.publishing.control;

import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

/**
 * A stem's HTML as XHTML inside a QTI item body. The stem was sanitised when it was saved, but it is HTML, not XML
 * (void elements without a slash, entities XML does not know): it is read again by OWASP's lenient HTML lexer, which
 * balances tags, through the same allow-list as the stem sanitiser, and each element, attribute and text it reports is
 * written through {@link QtiXml}, which escapes. jsoup is not on this module's class path; OWASP's lexer is, and is
 * the parser the stem went through already. Image addresses (the bank's or delivery's) become the package's relative
 * path of the image.
 */
final class QtiStem {

    private static final Pattern IMAGE = Pattern.compile("^/bank/api/v1/(?:delivery/)?images/(\\d+)$");
    private static final Set<String> VOID = Set.of("br", "img");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "sub", "sup", "ul", "ol", "li", "blockquote",
                    "table", "thead", "tbody", "tr", "th", "td", "code", "pre", "span", "img")
            .allowAttributes("src").matching(IMAGE).onElements("img")
            .allowAttributes("alt", "width", "height").onElements("img")
            .allowUrlProtocols("http", "https")
            .allowAttributes("colspan", "rowspan").onElements("td", "th")
            .toFactory();

    private QtiStem() {
    }

    /** Writes the stem's content into the element {@code xml} has open; {@code href} names an image's file. */
    static void write(QtiXml xml, String html, LongFunction<String> href) {
        HtmlSanitizer.sanitize(html == null ? "" : html, POLICY.apply(new Receiver(xml, href)));
    }

    /** Turns the lexer's events into XML. */
    private record Receiver(QtiXml xml, LongFunction<String> href) implements HtmlStreamEventReceiver {

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String name, List<String> attributes) {
            String src = null;
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                if (attributes.get(i).equals("src")) {
                    Matcher image = IMAGE.matcher(attributes.get(i + 1));
                    src = image.matches() ? href.apply(Long.parseLong(image.group(1))) : null;
                }
            }
            if (VOID.contains(name)) {
                xml.empty(name);
            } else {
                xml.openMixed(name);
            }
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                String attribute = attributes.get(i);
                xml.attr(attribute, attribute.equals("src") ? src : attributes.get(i + 1));
            }
        }

        @Override
        public void closeTag(String name) {
            if (!VOID.contains(name)) {
                xml.close();
            }
        }

        @Override
        public void text(String text) {
            xml.text(text);
        }
    }
}
