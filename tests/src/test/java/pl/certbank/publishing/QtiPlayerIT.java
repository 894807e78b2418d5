package pl.certbank.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import pl.certbank.blueprints.entity.BlueprintRules.PassMark;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.Choice;
import pl.certbank.items.entity.answers.Matching;
import pl.certbank.items.entity.answers.Ordering;
import pl.certbank.items.entity.answers.Response;
import pl.certbank.items.entity.answers.ScoringRule;
import pl.certbank.items.entity.answers.ShortAnswer;
import pl.certbank.items.entity.answers.TrueFalse;
import pl.certbank.publishing.control.QtiCheck;
import pl.certbank.publishing.control.QtiPackage;
import pl.certbank.publishing.control.Snapshot;
import pl.certbank.publishing.control.Variant;
import pl.certbank.support.QtiPlayer;

/**
 * A form exported as QTI 3.0 scores in the 1EdTech-certified QTI 3 player exactly as CertBank scores it: every item
 * of every type is rendered by the player in headless Chromium and answered right, wrong and (where the rule gives
 * partial credit) partly right, and the player's SCORE is CertBank's points for the same response each time. No
 * server: the export is a plain class, so this runs without the deployment.
 */
class QtiPlayerIT {

    private static final ScoringRule TWO = new ScoringRule(new BigDecimal("2"), false, true);
    private static final ScoringRule PARTIAL = new ScoringRule(new BigDecimal("3"), true, true);

    private static QtiPlayer player;

    @BeforeAll
    static void startPlayer() throws IOException {
        player = QtiPlayer.start();
    }

    @AfterAll
    static void closePlayer() {
        if (player != null) {
            player.close();
        }
    }

    /** The form: one item of every type; responses each as delivery reads them (JSON), and why. */
    private static final List<Case> CASES = List.of(
            new Case(Choice.single(List.of(option("Etapy drogi klienta", true), option("Narzędzie", false),
                    option("Raport & zestawienie", false))), TWO, "<p>Co to jest <b>lejek</b> sprzedaży?</p>",
                    Map.of("right", "{\"selected\":[\"o1\"]}", "wrong", "{\"selected\":[\"o3\"]}", "empty",
                            "{\"selected\":[]}")),
            new Case(Choice.multiple(List.of(option("e-mail", true), option("telefon", true), option("faktura",
                    false), option("czat", true))), PARTIAL, "<p>Które są kanałami kontaktu?</p>",
                    Map.of("right", "{\"selected\":[\"o4\",\"o1\",\"o2\"]}", "wrong", "{\"selected\":[\"o3\"]}",
                            "two of three keys", "{\"selected\":[\"o1\",\"o2\"]}", "a key and a wrong option",
                            "{\"selected\":[\"o1\",\"o3\"]}")),
            new Case(Choice.multiple(List.of(option("e-mail", true), option("telefon", true), option("faktura",
                    false))), TWO, "<p>Które są kanałami kontaktu (bez punktów cząstkowych)?</p>",
                    Map.of("right", "{\"selected\":[\"o1\",\"o2\"]}", "one key only", "{\"selected\":[\"o1\"]}")),
            new Case(new TrueFalse(false), TWO, "Lead to zamknięta sprzedaż.",
                    Map.of("right", "{\"answer\":false}", "wrong", "{\"answer\":true}")),
            new Case(new Matching(List.of(new Matching.Pair("CRM", "system"), new Matching.Pair("lead", "kontakt"),
                    new Matching.Pair("churn", "odejście")), List.of("faktura")), PARTIAL, "<p>Dopasuj.</p>",
                    Map.of("right", "{\"matches\":{\"p1\":\"r4\",\"p2\":\"r2\",\"p3\":\"r3\"}}", "wrong",
                            "{\"matches\":{\"p1\":\"r1\",\"p2\":\"r4\",\"p3\":\"r2\"}}", "one of three",
                            "{\"matches\":{\"p1\":\"r4\",\"p2\":\"r1\"}}")),
            new Case(new Matching(List.of(new Matching.Pair("CRM", "system"), new Matching.Pair("lead",
                    "kontakt")), List.of()), TWO, "<p>Dopasuj (wszystko albo nic).</p>",
                    Map.of("right", "{\"matches\":{\"p1\":\"r2\",\"p2\":\"r1\"}}", "wrong",
                            "{\"matches\":{\"p1\":\"r1\",\"p2\":\"r2\"}}")),
            new Case(new Ordering(List.of("kontakt", "oferta", "negocjacje", "zamknięcie")), PARTIAL,
                    "<p>Ułóż etapy.</p>", Map.of("right", "{\"order\":[\"e1\",\"e3\",\"e2\",\"e4\"]}", "wrong",
                            "{\"order\":[\"e4\",\"e2\",\"e1\",\"e3\"]}", "two in place",
                            "{\"order\":[\"e3\",\"e1\",\"e2\",\"e4\"]}")),
            new Case(new Ordering(List.of("kontakt", "oferta", "negocjacje")), TWO, "<p>Ułóż (bez punktów).</p>",
                    Map.of("right", "{\"order\":[\"e1\",\"e3\",\"e2\"]}", "one in place",
                            "{\"order\":[\"e1\",\"e2\",\"e3\"]}")),
            new Case(new ShortAnswer(List.of("Łódź", "Nowy Sącz"), false, null), TWO, "<p>Podaj miasto.</p>",
                    Map.of("right", "{\"text\":\"Łódź\"}", "folded", "{\"text\":\"  LODZ \"}", "spaced",
                            "{\"text\":\"nowy   sacz\"}", "wrong", "{\"text\":\"Lodzia\"}")),
            new Case(new ShortAnswer(List.of("Łódź"), false, null), TWO.withFoldText(false),
                    "<p>Podaj miasto dokładnie.</p>", Map.of("right", "{\"text\":\"Łódź\"}", "unfolded",
                            "{\"text\":\"lodz\"}")),
            new Case(new ShortAnswer(List.of("72", "80"), true, new BigDecimal("0.5")), TWO,
                    "<p>Ile to 70 + 2?</p>", Map.of("right", "{\"text\":\"72\"}", "within the tolerance",
                            "{\"text\":\"72.5\"}", "the other accepted", "{\"text\":\"79.6\"}", "a decimal comma",
                            "{\"text\":\"79,6\"}", "spaces around", "{\"text\":\" 72 \"}", "wrong",
                            "{\"text\":\"72.6\"}")));

    @TestFactory
    Stream<DynamicTest> thePlayerScoresEveryResponseAsCertBankDoes() {
        Snapshot snapshot = snapshot();
        Variant variant = snapshot.variant("A").orElseThrow();
        byte[] zip = QtiPackage.write(snapshot, variant, Map.of());
        assertEquals(List.of(), QtiCheck.problems(zip));
        Map<String, String> files = entries(zip);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            Snapshot.Item item = snapshot.items().get(i);
            String xml = files.get("items/" + item.reference() + ".xml");
            Map<String, String> responses = new java.util.TreeMap<>(c.responses());
            responses.put("the key", null);
            responses.forEach((label, json) -> tests.add(DynamicTest.dynamicTest(item.type() + " "
                    + item.reference() + ", " + label, () -> {
                        Response response = json == null ? c.answer().key()
                                : c.answer().response(Json.createReader(new StringReader(json)).readValue());
                        BigDecimal ours = c.answer().score(response, c.rule()).points();
                        Object value = qti(c.answer(), response);
                        QtiPlayer.Result played = player.score(item.reference() + " " + label, xml, value);
                        assertEquals(comparable(c.answer(), value), comparable(c.answer(), played.response()),
                                "the response the player's interaction gave back is the one it was given");
                        assertEquals(0, ours.compareTo(played.score()), item.reference() + " " + label
                                + ": CertBank " + ours + ", the player " + played.score());
                        assertEquals(0, c.rule().points().compareTo(played.maxScore()), "MAXSCORE");
                        assertEquals(List.of(), played.validationMessages());
                    })));
        }
        return tests.stream();
    }

    @Test
    void anItemThePlayerRefusesFailsTheTestWithThePlayersReason() {
        Snapshot snapshot = snapshot();
        byte[] zip = QtiPackage.write(snapshot, snapshot.variant("A").orElseThrow(), Map.of());
        String refused = entries(zip).get("items/QTI-1.xml").replace("response-identifier=\"RESPONSE\"",
                "response-identifier=\"UNDECLARED\"");
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> player.score("an undeclared response", refused, "o1"));
        assertTrue(failure.getMessage().contains("QtiValidationException"), failure.getMessage());
        assertTrue(failure.getMessage().contains("UNDECLARED"), failure.getMessage());
    }

    /** A response as the player holds it: an identifier, a list of identifiers or of "p r" pairs, a string. */
    static Object qti(Answer answer, Response response) {
        if (response instanceof Choice.Picked picked) {
            List<String> ids = picked.selected().stream().sorted().toList();
            if (((Choice) answer).multiple()) {
                return ids;
            }
            return ids.isEmpty() ? null : ids.get(0);
        }
        if (response instanceof TrueFalse.Judged judged) {
            return String.valueOf(judged.answer());
        }
        if (response instanceof Matching.Matched matched) {
            return matched.matches().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " " + e.getValue()).toList();
        }
        if (response instanceof Ordering.Ordered ordered) {
            return ordered.order();
        }
        if (response instanceof ShortAnswer.Typed typed) {
            return typed.text();
        }
        if (response instanceof Response.Empty) {
            return null;
        }
        throw new IllegalArgumentException("no QTI form for " + response);
    }

    /** Lists as sets, except an ordering's; an empty list as no response, which is what the player makes of it. */
    static Object comparable(Answer answer, Object value) {
        if (value instanceof List<?> list && !(answer instanceof Ordering)) {
            return list.isEmpty() ? null : new java.util.TreeSet<>(list.stream().map(String::valueOf).toList());
        }
        return value;
    }

    private record Case(Answer answer, ScoringRule rule, String stem, Map<String, String> responses) {
    }

    private static Choice.Option option(String text, boolean correct) {
        return new Choice.Option(text, correct);
    }

    private static Snapshot snapshot() {
        List<Snapshot.Item> items = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            items.add(new Snapshot.Item(i + 1, "QTI-" + (i + 1), 1000 + i, 1, c.answer().type(), c.stem(),
                    c.answer(), c.rule(), List.of("K" + (i + 1)), List.of(), List.of(), List.of()));
        }
        return new Snapshot("QTI-FORM-1", "Formularz QTI", new Snapshot.Qualification("CRM-PRK4", "CRM",
                "Dz.U.", 1), 30, new PassMark(new BigDecimal("50"), null, Map.of()), items,
                List.of(new Snapshot.VariantSeed("A", 7L)));
    }

    private static Map<String, String> entries(byte[] zip) {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
