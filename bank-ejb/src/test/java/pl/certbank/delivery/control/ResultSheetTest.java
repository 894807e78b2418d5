package pl.certbank.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.certbank.blueprints.entity.BlueprintRules.PassMark;
import pl.certbank.delivery.control.ResultSheet.Scored;
import pl.certbank.items.entity.answers.Score;
import pl.certbank.items.entity.answers.Score.Verdict;

class ResultSheetTest {

    private static Scored item(String criterion, String points, Verdict verdict) {
        String outcome = criterion.substring(0, criterion.lastIndexOf('.'));
        String set = criterion.substring(0, criterion.indexOf('.'));
        return new Scored("REF-" + criterion, Set.of(criterion), Set.of(outcome), Set.of(set),
                new Score(new BigDecimal(points), BigDecimal.ONE, verdict, null));
    }

    /** Z1: 1 of 2 points; Z2: 1.5 of 2 (Z2.2.1 half right). */
    private static final List<Scored> ANSWERS = List.of(item("Z1.1.1", "1", Verdict.CORRECT),
            item("Z1.1.2", "0", Verdict.INCORRECT), item("Z2.1.1", "1", Verdict.CORRECT),
            item("Z2.2.1", "0.5", Verdict.PARTIAL));

    @Test
    void pointsAddUpPerCriterionOutcomeSetAndInTotal() {
        ResultSheet sheet = ResultSheet.of(ANSWERS, new PassMark(new BigDecimal("70"), null, Map.of()));
        assertEquals(0, new BigDecimal("2.5").compareTo(sheet.total().points()));
        assertEquals(0, new BigDecimal("62.50").compareTo(sheet.total().percent()));
        assertEquals(0, new BigDecimal("1.5").compareTo(sheet.sets().get("Z2").points()));
        assertEquals(0, new BigDecimal("50.00").compareTo(sheet.outcomes().get("Z1.1").percent()));
        assertFalse(sheet.passed(), "62.5 % is below the pass mark of 70 %");
    }

    @Test
    void theShortfallNamesExactlyThePartsBelowTheMarkTheFormAsks() {
        ResultSheet sheet = ResultSheet.of(ANSWERS, new PassMark(new BigDecimal("70"), null, Map.of()));
        assertEquals(new ResultSheet.Shortfall(List.of("Z1"), List.of("Z1.1", "Z2.2"), List.of("Z1.1.2", "Z2.2.1")),
                sheet.shortfall());
    }

    @Test
    void aPassMarkInPointsIsReachedAtExactlyThosePointsUnlessASetMissesItsMinimum() {
        assertTrue(ResultSheet.of(ANSWERS, new PassMark(null, new BigDecimal("2.5"), Map.of())).passed());
        ResultSheet withMinimum = ResultSheet.of(ANSWERS,
                new PassMark(null, new BigDecimal("2.5"), Map.of("Z1", new BigDecimal("60"))));
        assertFalse(withMinimum.passed(), "Z1 has 50 %, its minimum is 60 %");
        assertEquals(0, new BigDecimal("62.50").compareTo(withMinimum.passPercent()));
        assertEquals(List.of("Z1"), withMinimum.shortfall().sets());
    }

    @Test
    void aShareJustBelowTheMarkFailsThoughItRoundsToTheMark() {
        // 11.999 of 20 points is 59.995 %, shown as 60.00 %; the mark is 60 %
        List<Scored> answers = List.of(new Scored("REF-1", Set.of("Z1.1.1"), Set.of("Z1.1"), Set.of("Z1"),
                new Score(new BigDecimal("11.999"), new BigDecimal("20"), Verdict.PARTIAL, null)));
        ResultSheet sheet = ResultSheet.of(answers, new PassMark(new BigDecimal("60"), null,
                Map.of("Z1", new BigDecimal("60"))));
        assertEquals(0, new BigDecimal("60.00").compareTo(sheet.total().percent()));
        assertFalse(sheet.passed());
        assertEquals(List.of("Z1"), sheet.shortfall().sets());
        assertEquals(List.of("Z1.1.1"), sheet.shortfall().criteria());
    }
}
