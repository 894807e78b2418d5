package pl.certbank.publishing.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The structural check of a QTI package, CertBank's or anyone's, before it leaves or after it arrives: the whole
 * package is read and every problem is reported, each with the entry it is in, not just the first. Every XML entry is
 * parsed with DTDs refused and external entities and schemas unreachable (a package is data from outside, and an
 * entity is how such data reads a server's files). The rules: the manifest lists only files the package holds and
 * only resources it declares; the test refers only to items the manifest lists; each item ({@link QtiItemCheck})
 * declares what its interactions use and uses what it declares. It does not validate against the XSDs, which are not
 * shipped with the bank.
 */
public final class QtiCheck {

    private QtiCheck() {
    }

    /** Every problem of the package, each as "entry: what is wrong"; empty when there is none. */
    public static List<String> problems(byte[] zip) {
        List<String> problems = new ArrayList<>();
        Map<String, byte[]> entries = entries(zip, problems);
        Map<String, Document> documents = new LinkedHashMap<>();
        entries.forEach((name, bytes) -> {
            if (name.endsWith(".xml")) {
                parse(name, bytes, problems).ifPresent(document -> documents.put(name, document));
            }
        });
        Document manifest = documents.get(QtiPackage.MANIFEST);
        if (manifest == null) {
            if (!entries.containsKey(QtiPackage.MANIFEST)) {
                problems.add(QtiPackage.MANIFEST + ": missing");
            }
            return problems;
        }
        Set<String> resources = new HashSet<>();
        Set<String> items = new HashSet<>();
        List<String> tests = new ArrayList<>();
        for (Element resource : QtiItemCheck.elements(manifest, "resource")) {
            resources.add(resource.getAttribute("identifier"));
            String href = resource.getAttribute("href");
            if (QtiManifest.ITEM_TYPE.equals(resource.getAttribute("type"))) {
                items.add(href);
            } else if (QtiManifest.TEST_TYPE.equals(resource.getAttribute("type"))) {
                tests.add(href);
            }
        }
        for (Element element : QtiItemCheck.elements(manifest, "*")) {
            String href = element.getAttribute("href");
            if (!href.isEmpty() && !entries.containsKey(href)) {
                problems.add(QtiPackage.MANIFEST + ": " + element.getLocalName() + " " + href
                        + " is not in the package");
            }
        }
        for (Element dependency : QtiItemCheck.elements(manifest, "dependency")) {
            if (!resources.contains(dependency.getAttribute("identifierref"))) {
                problems.add(QtiPackage.MANIFEST + ": a dependency names resource "
                        + dependency.getAttribute("identifierref") + ", which the manifest does not declare");
            }
        }
        for (String test : tests) {
            Document document = documents.get(test);
            for (Element ref : document == null ? List.<Element>of()
                    : QtiItemCheck.elements(document, "qti-assessment-item-ref")) {
                String item = URI.create(test).resolve(ref.getAttribute("href")).toString();
                if (!items.contains(item)) {
                    problems.add(test + ": item " + ref.getAttribute("identifier") + " (" + item
                            + ") is not an item resource of the manifest");
                }
            }
        }
        items.stream().sorted().filter(documents::containsKey)
                .forEach(item -> problems.addAll(QtiItemCheck.problems(item, documents.get(item))));
        return problems;
    }

    private static Map<String, byte[]> entries(byte[] zip, List<String> problems) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entries.put(entry.getName(), in.readAllBytes()) != null) {
                    problems.add(entry.getName() + ": appears twice in the package");
                }
            }
        } catch (IOException e) {
            problems.add("the package is not a readable ZIP: " + e.getMessage());
        }
        return entries;
    }

    private static java.util.Optional<Document> parse(String name, byte[] bytes, List<String> problems) {
        try {
            DocumentBuilder builder = secureFactory().newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return java.util.Optional.of(builder.parse(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            problems.add(name + ": not well-formed XML (line " + e.getLineNumber() + "): " + e.getMessage());
        } catch (SAXException | IOException e) {
            problems.add(name + ": not readable as XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's parser refuses its own configuration", e);
        }
        return java.util.Optional.empty();
    }

    /** A namespace-aware parser that refuses any DOCTYPE and reaches nothing outside the document. */
    static DocumentBuilderFactory secureFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's parser refuses a security feature", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
