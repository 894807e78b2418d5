package pl.certbank.publishing.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The structural rules of one {@code qti-assessment-item} that a player relies on before it shows anything: the root
 * is a QTI 3.0 item; SCORE is declared and there is response processing; every interaction's response identifier is
 * declared and every response declaration is bound to an interaction; and the identifiers the item defines
 * (declarations and everything in the body that has one: choices, associable choices, gaps) are unique in it.
 * Elements that merely refer to an identifier ({@code qti-variable}, {@code qti-set-outcome-value}, ...) use the same
 * attribute name, which is why only declarations and the body are read for definitions.
 */
final class QtiItemCheck {

    private QtiItemCheck() {
    }

    static List<String> problems(String name, Document item) {
        List<String> problems = new ArrayList<>();
        Element root = item.getDocumentElement();
        if (!"qti-assessment-item".equals(root.getLocalName()) || !QtiItem.NAMESPACE.equals(root.getNamespaceURI())) {
            problems.add(name + ": the root is not a qti-assessment-item of " + QtiItem.NAMESPACE);
            return problems;
        }
        Set<String> responses = new TreeSet<>();
        Set<String> defined = new HashSet<>();
        boolean score = false;
        for (Element declaration : children(root)) {
            String kind = declaration.getLocalName();
            if (!kind.endsWith("-declaration")) {
                continue;
            }
            String identifier = declaration.getAttribute("identifier");
            unique(name, identifier, defined, problems);
            if (kind.equals("qti-response-declaration")) {
                responses.add(identifier);
            }
            score |= kind.equals("qti-outcome-declaration") && identifier.equals("SCORE");
        }
        if (!score) {
            problems.add(name + ": no SCORE outcome declaration");
        }
        if (elements(item, "qti-response-processing").isEmpty()) {
            problems.add(name + ": no response processing");
        }
        Set<String> bound = new TreeSet<>();
        for (Element body : elements(item, "qti-item-body")) {
            for (Element element : elements(body, "*")) {
                if (element.hasAttribute("identifier")) {
                    unique(name, element.getAttribute("identifier"), defined, problems);
                }
                if (element.hasAttribute("response-identifier")) {
                    String response = element.getAttribute("response-identifier");
                    bound.add(response);
                    if (!responses.contains(response)) {
                        problems.add(name + ": " + element.getLocalName() + " answers " + response
                                + ", which has no response declaration");
                    }
                }
            }
        }
        responses.stream().filter(r -> !bound.contains(r))
                .forEach(r -> problems.add(name + ": response " + r + " is declared but no interaction sets it"));
        return problems;
    }

    private static void unique(String name, String identifier, Set<String> defined, List<String> problems) {
        if (!defined.add(identifier)) {
            problems.add(name + ": the identifier " + identifier + " is defined twice");
        }
    }

    /** The elements called {@code localName} ("*": every element) below {@code node}, in document order. */
    static List<Element> elements(org.w3c.dom.Node node, String localName) {
        NodeList list = node instanceof Document document ? document.getElementsByTagNameNS("*", localName)
                : ((Element) node).getElementsByTagNameNS("*", localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }
}
