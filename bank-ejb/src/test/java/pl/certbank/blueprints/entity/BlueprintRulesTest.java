package pl.certbank.blueprints.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.certbank.blueprints.entity.BlueprintRules.Band;
import pl.certbank.blueprints.entity.BlueprintRules.CellRule;
import pl.certbank.blueprints.entity.BlueprintRules.Level;
import pl.certbank.blueprints.entity.BlueprintRules.PassMark;
import pl.certbank.blueprints.entity.BlueprintRules.Scoring;
import pl.certbank.input.JsonInput;
import pl.certbank.items.entity.ItemType;
import pl.certbank.refusals.FieldError;
import pl.certbank.refusals.Refusal;

/** A blueprint's own rules, each at its limit, and the one JSON shape that stores and shows them. */
class BlueprintRulesTest {

    private static BlueprintRules rules(int length, int forms, int shared, int uses, List<CellRule> cells,
            String low, String target, String high) {
        return new BlueprintRules(length, 45, new PassMark(BigDecimal.valueOf(70), null, Map.of("Z1", BigDecimal.TEN)),
                cells, new Band(new BigDecimal(low), new BigDecimal(target), new BigDecimal(high)), forms, shared,
                uses, 0, new Scoring(BigDecimal.ONE, Set.of(ItemType.MATCHING), true));
    }

    private static List<String> fields(BlueprintRules rules) {
        return rules.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aSensibleBlueprintHasNoErrors() {
        assertEquals(List.of(), rules(30, 4, 10, 2, List.of(new CellRule(Level.SET, "Z1", 10, 16)), "0.55", "0.62",
                "0.70").errors());
    }

    @Test
    void eachNumberIsRefusedJustOutsideItsRange() {
        assertEquals(List.of("/itemsPerForm"), fields(rules(201, 1, 0, 1, List.of(), "0.5", "0.6", "0.7")));
        assertEquals(List.of(), fields(rules(200, 1, 0, 1, List.of(), "0.5", "0.6", "0.7")));
        assertEquals(List.of("/forms"), fields(rules(30, 21, 0, 1, List.of(), "0.5", "0.6", "0.7")));
        assertEquals(List.of("/maxShared"), fields(rules(30, 2, 31, 1, List.of(), "0.5", "0.6", "0.7")));
        assertEquals(List.of("/maxUses"), fields(rules(30, 2, 0, 3, List.of(), "0.5", "0.6", "0.7")));
        assertEquals(List.of("/facility/high"), fields(rules(30, 2, 0, 1, List.of(), "0.5", "0.6", "1.001")));
        assertEquals(List.of("/facility"), fields(rules(30, 2, 0, 1, List.of(), "0.7", "0.6", "0.8")));
        assertEquals(List.of("/facility/low"), fields(rules(30, 2, 0, 1, List.of(), "0.5001", "0.6", "0.8")),
                "thousandths at most");
    }

    @Test
    void cellsNeedSaneBoundsOnceEach() {
        List<CellRule> cells = List.of(new CellRule(Level.CRITERION, "Z1.1.1", 3, 2),
                new CellRule(Level.CRITERION, "Z1.1.1", 1, null), new CellRule(Level.OUTCOME, "Z1.1", 31, null),
                new CellRule(Level.TYPE, "MATCHING", -1, null));
        assertEquals(List.of("/cells/0", "/cells/1/code", "/cells/2/min", "/cells/3"), fields(rules(30, 2, 0, 1,
                cells, "0.5", "0.6", "0.7")));
    }

    @Test
    void typeBoundsMustBeAbleToFillAForm() {
        List<CellRule> tooMany = List.of(new CellRule(Level.TYPE, "SINGLE_CHOICE", 20, null),
                new CellRule(Level.TYPE, "MATCHING", 11, null));
        assertEquals(List.of("/cells"), fields(rules(30, 2, 0, 1, tooMany, "0.5", "0.6", "0.7")));
        List<CellRule> tooFew = java.util.Arrays.stream(ItemType.values())
                .map(t -> new CellRule(Level.TYPE, t.name(), null, 4)).toList();
        assertEquals(List.of("/cells"), fields(rules(30, 2, 0, 1, tooFew, "0.5", "0.6", "0.7")), "6 × 4 < 30");
    }

    @Test
    void storedRulesReadBackExactly() {
        BlueprintRules rules = rules(30, 4, 10, 2, List.of(new CellRule(Level.SET, "Z1", 10, 16),
                new CellRule(Level.CRITERION, "Z2.1.1", null, 0)), "0.55", "0.62", "0.70");
        assertEquals(rules, BlueprintRulesJson.read(BlueprintRulesJson.write(rules)));
        assertTrue(rules.cells().get(1).excluded());
    }

    @Test
    void aClientsBodyIsReadStrictly() {
        var body = Json.createReader(new StringReader("{\"itemsPerForm\": 30, \"forms\": \"4\", \"facility\": "
                + "{\"low\": 0.5, \"target\": 0.6, \"high\": 0.7, \"mid\": 1}, \"partialCredit\": [\"ESSAY\"]}"))
                .readObject();
        JsonInput in = JsonInput.strict(body);
        BlueprintRulesJson.from(in);
        Refusal refusal = assertThrows(Refusal.class, in::done);
        assertEquals(List.of("/forms", "/partialCredit/0", "/facility/mid"),
                refusal.errors().stream().map(FieldError::field).toList());
    }
}
