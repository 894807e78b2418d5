package pl.certbank.publishing.control;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One XML document of a QTI package, written through StAX so that every text and attribute is escaped by the writer,
 * never by hand. Structure is indented; an element opened with {@link #openMixed} keeps its content exactly as written
 * (stems, choice texts), because whitespace there is text a candidate reads. Characters XML 1.0 cannot hold are
 * dropped.
 */
final class QtiXml {

    static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter out;
    /** For each open element: whether it is mixed content, and whether structure was written inside it. */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private int mixed;

    QtiXml() {
        try {
            out = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the root element in {@code namespace}, with the schema that describes it. */
    QtiXml root(String name, String namespace, String schemaLocation) {
        open(name);
        call(() -> {
            out.writeDefaultNamespace(namespace);
            out.writeNamespace("xsi", XSI);
            out.writeAttribute("xsi", XSI, "schemaLocation", clean(schemaLocation));
        });
        return this;
    }

    /** Opens an element of structure: it is indented, and so are its children. */
    QtiXml open(String name) {
        indent();
        call(() -> out.writeStartElement(name));
        open.push(new boolean[] {false, false});
        return this;
    }

    /** Opens an element whose content is text a reader sees: nothing inside it is indented. */
    QtiXml openMixed(String name) {
        indent();
        call(() -> out.writeStartElement(name));
        open.push(new boolean[] {true, false});
        mixed++;
        return this;
    }

    /** An element without content (self-closing), indented when it is structure. */
    QtiXml empty(String name) {
        indent();
        call(() -> out.writeEmptyElement(name));
        return this;
    }

    /** Declares {@code namespace} as the default on the element just opened. */
    QtiXml namespace(String namespace) {
        call(() -> out.writeDefaultNamespace(namespace));
        return this;
    }

    QtiXml attr(String name, String value) {
        call(() -> out.writeAttribute(name, clean(value)));
        return this;
    }

    /** {@code xml:lang} and the like. */
    QtiXml xmlAttr(String name, String value) {
        call(() -> out.writeAttribute("xml", XMLConstants.XML_NS_URI, name, clean(value)));
        return this;
    }

    QtiXml text(String text) {
        call(() -> out.writeCharacters(clean(text)));
        return this;
    }

    QtiXml close() {
        boolean[] element = open.pop();
        if (element[0]) {
            mixed--;
        } else if (element[1]) {
            newline(open.size());
        }
        call(out::writeEndElement);
        return this;
    }

    /** An element holding one text: {@code <name>text</name>}. */
    QtiXml leaf(String name, String text) {
        return openMixed(name).text(text).close();
    }

    byte[] bytes() {
        call(() -> {
            out.writeEndDocument();
            out.writeCharacters("\n");
            out.close();
        });
        return bytes.toByteArray();
    }

    private void indent() {
        if (mixed > 0) {
            return;
        }
        if (!open.isEmpty()) {
            open.peek()[1] = true;
        }
        newline(open.size());
    }

    private void newline(int depth) {
        call(() -> out.writeCharacters("\n" + "  ".repeat(depth)));
    }

    /** The text without the characters XML 1.0 does not allow (controls other than tab and line breaks, U+FFFE..). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(QtiXml::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private interface Step {
        void run() throws XMLStreamException;
    }

    private static void call(Step step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            // Writing to memory fails only for a bug (an attribute after content, say), never for data.
            throw new IllegalStateException(e);
        }
    }
}
