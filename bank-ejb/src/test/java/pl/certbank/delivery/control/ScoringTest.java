package pl.certbank.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.certbank.blueprints.entity.BlueprintRules.PassMark;
import pl.certbank.delivery.entity.DeliveryRefusal;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.Choice;
import pl.certbank.items.entity.answers.ScoringRule;
import pl.certbank.items.entity.answers.TrueFalse;
import pl.certbank.publishing.control.Snapshot;
import pl.certbank.refusals.Refusal;

class ScoringTest {

    private static Snapshot.Item item(int position, String reference, Answer answer, String outcome) {
        return new Snapshot.Item(position, reference, position, 1, answer.type(), "<p>?</p>", answer,
                ScoringRule.DEFAULT, List.of(outcome + ".1"), List.of(outcome), List.of(outcome.substring(0, 2)),
                List.of());
    }

    private static final Choice CHOICE = Choice.single(List.of(new Choice.Option("tak", true),
            new Choice.Option("nie", false)));

    private static final Snapshot FORM = new Snapshot("F", "F", new Snapshot.Qualification("Q", "Q", "", 1), 10,
            new PassMark(new BigDecimal("50"), null, Map.of()), List.of(item(1, "R1", CHOICE, "Z1.1"),
                    item(2, "R2", new TrueFalse(true), "Z1.2"), item(3, "R3", CHOICE, "Z2.1")),
            List.of(new Snapshot.VariantSeed("A", 1)));

    @Test
    void itemsAreScoredByTheirTypesAndSummedPerOutcome() {
        JsonObject responses = Json.createObjectBuilder()
                .add("R1", Json.createObjectBuilder().add("selected", Json.createArrayBuilder().add("o1")))
                .add("R2", Json.createObjectBuilder().add("answer", false)).build();
        Scoring.Scored scored = Scoring.score(FORM, List.of(), responses);
        assertEquals(0, BigDecimal.ONE.compareTo(scored.sheet().total().points()));
        assertEquals(List.of("Z1.2", "Z2.1"), scored.sheet().shortfall().outcomes());
        assertTrue(!scored.sheet().passed());
        List<String> lines = Justification.lines(scored.sheet(), Map.of("Z2.1", "Obsługa"), Locale.ENGLISH);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Learning outcome Z2.1 „Obsługa”")), lines.toString());
        assertTrue(Justification.lines(scored.sheet(), Map.of(), Locale.forLanguageTag("pl")).get(0)
                .contains("wynik negatywny"));
    }

    @Test
    void anErratumChangesTheKeyTheScoreIsTakenWith() {
        JsonObject responses = Json.createObjectBuilder()
                .add("R3", Json.createObjectBuilder().add("selected", Json.createArrayBuilder().add("o2"))).build();
        Choice corrected = Choice.single(List.of(new Choice.Option("tak", false), new Choice.Option("nie", true)));
        assertEquals(0, BigDecimal.ZERO.compareTo(Scoring.score(FORM, List.of(), responses).sheet().total()
                .points()));
        assertEquals(0, BigDecimal.ONE.compareTo(Scoring.score(FORM, List.of(new AbstractMap.SimpleEntry<>(3,
                corrected)), responses).sheet().total().points()));
    }

    @Test
    void responsesNamingNoItemOrOfTheWrongShapeAreRefusedNamingTheItem() {
        Refusal unknown = assertThrows(Refusal.class, () -> Scoring.check(FORM, Json.createObjectBuilder()
                .add("R9", Json.createObjectBuilder()).build()));
        assertTrue(unknown.is(DeliveryRefusal.UNKNOWN_ITEM));
        Refusal malformed = assertThrows(Refusal.class, () -> Scoring.check(FORM, Json.createObjectBuilder()
                .add("R1", Json.createObjectBuilder().add("selected", Json.createArrayBuilder().add("o7"))).build()));
        assertTrue(malformed.is(DeliveryRefusal.MALFORMED_RESPONSE));
        assertEquals("R1", malformed.arguments().get(0));
    }
}
