package pl.certbank.publishing.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class QtiPackageTest {

    private final Snapshot snapshot = QtiFixture.snapshot();
    private final Variant a = QtiFixture.variantA();
    private final byte[] zip = QtiPackage.write(snapshot, a, QtiFixture.IMAGES);

    @Test
    void theExportOfEveryTypePassesTheStructuralCheck() {
        assertEquals(List.of(), QtiCheck.problems(zip));
        assertEquals(List.of("imsmanifest.xml", "assessment-test.xml"), List.copyOf(entries(zip).keySet())
                .subList(0, 2));
        assertTrue(entries(zip).containsKey("images/7.png"));
        assertTrue(entries(zip).containsKey("images/8.jpg"));
    }

    @Test
    void theTestListsTheItemsInTheVariantsOrderWithTheTimeLimit() {
        Document test = xml("assessment-test.xml");
        List<String> refs = QtiItemCheck.elements(test, "qti-assessment-item-ref").stream()
                .map(e -> e.getAttribute("href")).toList();
        List<String> expected = a.items().stream().map(i -> "items/" + snapshot.items().get(i).reference() + ".xml")
                .toList();
        assertEquals(expected, refs);
        assertEquals("2700", QtiItemCheck.elements(test, "qti-time-limits").get(0).getAttribute("max-time"));
    }

    @Test
    void optionsPremisesAndElementsFollowTheVariantsArrangement() {
        assertEquals(a.arrangements().get(0).get(0), ids("CRM-101", "qti-simple-choice"));
        assertEquals(a.arrangements().get(1).get(0), ids("CRM-102", "qti-simple-choice"));
        List<String> matchSets = ids("CRM-104", "qti-simple-associable-choice");
        assertEquals(a.arrangements().get(3).get(0), matchSets.subList(0, 3));
        assertEquals(a.arrangements().get(3).get(1), matchSets.subList(3, 7));
        assertEquals(a.arrangements().get(4).get(0), ids("CRM-105", "qti-simple-choice"));
        assertEquals(List.of("true", "false"), ids("CRM-103", "qti-simple-choice"));
        Variant b = snapshot.variant("B").orElseThrow();
        byte[] other = QtiPackage.write(snapshot, b, QtiFixture.IMAGES);
        assertEquals(b.arrangements().get(0).get(0), ids(other, "CRM-101", "qti-simple-choice"));
    }

    @Test
    void eachItemsCorrectResponseIsItsKey() {
        assertEquals(List.of("o1"), correct("CRM-101"));
        assertEquals(List.of("o1", "o2"), correct("CRM-102"));
        assertEquals(List.of("true"), correct("CRM-103"));
        // responses are numbered in text order: faktura r1, kontakt r2, odejście r3, system r4
        assertEquals(List.of("p1 r4", "p2 r2", "p3 r3"), correct("CRM-104"));
        // elements too: kontakt e1, negocjacje e2, oferta e3, zamknięcie e4; the key is the written order
        assertEquals(List.of("e1", "e3", "e2", "e4"), correct("CRM-105"));
        assertEquals(List.of("Łódź"), correct("CRM-106"));
        assertEquals(List.of("72"), correct("CRM-107"));
        assertEquals("2", QtiItemCheck.elements(item("CRM-101"), "qti-value").get(2).getTextContent(),
                "MAXSCORE is the rule's points");
    }

    @Test
    void theStemIsXhtmlWithImagesInThePackageAndTheCriteriaBesideIt() {
        Element stem = QtiItemCheck.elements(item("CRM-101"), "div").get(0);
        assertEquals("K1.1 K1.2", stem.getAttribute("data-criteria"));
        assertEquals("../images/7.png", QtiItemCheck.elements(stem, "img").get(0).getAttribute("src"));
        assertEquals("Co to jest lejek sprzedaży?\u00a0", stem.getTextContent());
        assertEquals("../images/8.jpg", QtiItemCheck.elements(item("CRM-102"), "img").get(0).getAttribute("src"));
        assertTrue(text("items/CRM-101.xml").contains(">Narzędzie &lt;kuchenne&gt;<"), "texts are escaped");
        Document manifest = xml("imsmanifest.xml");
        List<String> taxa = QtiItemCheck.elements(manifest, "id").stream().map(Element::getTextContent).toList();
        assertTrue(taxa.containsAll(List.of("K1.1", "K1.2", "K7.2")), "criteria are LOM taxa: " + taxa);
    }

    @Test
    void aStemShowingAnImageTheExportWasNotGivenIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QtiPackage.write(snapshot, a, Map.of()));
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        assertArrayEquals(zip, QtiPackage.write(QtiFixture.snapshot(), QtiFixture.variantA(), QtiFixture.IMAGES));
    }

    @Test
    void foldedShortAnswersAcceptWhatCertBankAccepts() {
        String pattern = QtiTextPattern.of("Łódź", true);
        for (String typed : List.of("Łódź", "lodz", "  LODZ ", "łódź", "ŁODŹ")) {
            assertTrue(typed.matches(pattern), typed + " ~ " + pattern);
        }
        assertFalse("Lodzi".matches(pattern));
        assertFalse("lodz".matches(QtiTextPattern.of("Łódź", false)));
        assertTrue("Nowy   Sącz".matches(QtiTextPattern.of("Nowy Sącz", false)));
        assertTrue("a.b[c]-^".matches(QtiTextPattern.of("a.b[c]-^", false)));
        assertFalse("axb[c]-^".matches(QtiTextPattern.of("a.b[c]-^", false)));
    }

    @Test
    void theCheckFindsADuplicateIdentifier() {
        byte[] broken = replace(zip, "items/CRM-101.xml", s -> s.replace("identifier=\"o2\"", "identifier=\"o1\""));
        assertEquals(List.of("items/CRM-101.xml: the identifier o1 is defined twice"), QtiCheck.problems(broken));
    }

    @Test
    void theCheckFindsAnUndeclaredResponseAndAnUnusedDeclaration() {
        byte[] broken = replace(zip, "items/CRM-103.xml",
                s -> s.replace("response-identifier=\"RESPONSE\"", "response-identifier=\"RESPONSE2\""));
        assertEquals(List.of("items/CRM-103.xml: qti-choice-interaction answers RESPONSE2, which has no response "
                + "declaration", "items/CRM-103.xml: response RESPONSE is declared but no interaction sets it"),
                QtiCheck.problems(broken));
    }

    @Test
    void theCheckRefusesExternalEntities() {
        byte[] hostile = replace(zip, "items/CRM-106.xml", s -> s.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")
                .replace("Łódź</qti-value>", "&secret;</qti-value>"));
        List<String> problems = QtiCheck.problems(hostile);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("items/CRM-106.xml: not well-formed XML"), problems.get(0));
        assertTrue(problems.get(0).contains("DOCTYPE"), problems.get(0));
    }

    @Test
    void theCheckFindsMissingFilesAndItemsTheManifestDoesNotList() {
        Map<String, byte[]> entries = entries(zip);
        entries.remove("images/7.png");
        byte[] broken = replace(zip(entries), "imsmanifest.xml", s -> s.replace("type=\"imsqti_item_xmlv3p0\" "
                + "href=\"items/CRM-107.xml\"", "type=\"webcontent\" href=\"items/CRM-107.xml\""));
        assertEquals(List.of("imsmanifest.xml: resource images/7.png is not in the package",
                "imsmanifest.xml: file images/7.png is not in the package",
                "assessment-test.xml: item ITEM-CRM-107 (items/CRM-107.xml) is not an item resource of the manifest"),
                QtiCheck.problems(broken));
        assertEquals(List.of("items/CRM-105.xml: not well-formed XML (line 1): XML document structures must start "
                + "and end within the same entity."), QtiCheck
                        .problems(replace(zip, "items/CRM-105.xml",
                                s -> s.substring(0, 200)))
                        .stream().map(p -> p.replaceAll("\\(line \\d+\\)", "(line 1)"))
                        .toList());
    }

    private List<String> ids(String reference, String element) {
        return ids(zip, reference, element);
    }

    private static List<String> ids(byte[] zip, String reference, String element) {
        return QtiItemCheck.elements(parse(entries(zip).get("items/" + reference + ".xml")), element).stream()
                .map(e -> e.getAttribute("identifier")).toList();
    }

    private List<String> correct(String reference) {
        Element declaration = QtiItemCheck.elements(item(reference), "qti-correct-response").get(0);
        return QtiItemCheck.elements(declaration, "qti-value").stream().map(Element::getTextContent).toList();
    }

    private Document item(String reference) {
        return xml("items/" + reference + ".xml");
    }

    private Document xml(String entry) {
        return parse(entries(zip).get(entry));
    }

    private String text(String entry) {
        return new String(entries(zip).get(entry), StandardCharsets.UTF_8);
    }

    private static Document parse(byte[] bytes) {
        try {
            return QtiCheck.secureFactory().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return entries;
    }

    private static byte[] replace(byte[] zip, String entry, UnaryOperator<String> change) {
        Map<String, byte[]> entries = entries(zip);
        String before = new String(entries.get(entry), StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertFalse(before.equals(after), "the planted error changes " + entry);
        entries.put(entry, after.getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }
}
