package pl.certbank.items.entity.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.certbank.items.entity.answers.ChoiceTest.json;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.certbank.items.entity.answers.Score.Verdict;
import pl.certbank.items.entity.answers.ShortAnswer.Typed;

class ShortAnswerTest {

    private static final ShortAnswer HOURS = new ShortAnswer(List.of("72"), true, new BigDecimal("0.5"));
    private static final ShortAnswer EXACT_NUMBER = new ShortAnswer(List.of("3,5"), true, null);
    private static final ShortAnswer OFFICE = new ShortAnswer(List.of("Prezes UODO", "UODO"), false, null);

    private static Verdict verdict(ShortAnswer answer, String typed, ScoringRule rule) {
        return answer.score(new Typed(typed), rule).verdict();
    }

    @Test
    void numbersCountWithinTheTolerance() {
        assertEquals(Verdict.CORRECT, verdict(HOURS, " 72,4 ", ScoringRule.DEFAULT));
        assertEquals(Verdict.CORRECT, verdict(HOURS, "71.5", ScoringRule.DEFAULT));
        assertEquals(Verdict.INCORRECT, verdict(HOURS, "72.51", ScoringRule.DEFAULT));
        assertEquals(Verdict.CORRECT, verdict(EXACT_NUMBER, "3.50", ScoringRule.DEFAULT));
        assertEquals(Verdict.INCORRECT, verdict(EXACT_NUMBER, "3.51", ScoringRule.DEFAULT));
    }

    @Test
    void aNumericAnswerThatIsNoNumberIsMalformedAndSaysSo() {
        Score score = HOURS.score(new Typed("siedemdziesiąt dwie"), ScoringRule.DEFAULT);
        assertEquals(Verdict.MALFORMED, score.verdict());
        assertEquals("'siedemdziesiąt dwie' is not a number", score.reason());
    }

    @Test
    void textIsComparedWithCaseAndDiacriticsFoldedUnlessTheRuleSaysOtherwise() {
        assertEquals(Verdict.CORRECT, verdict(OFFICE, "  prezes   uodo ", ScoringRule.DEFAULT));
        assertEquals(Verdict.CORRECT, verdict(new ShortAnswer(List.of("Łódź"), false, null), "lodz",
                ScoringRule.DEFAULT));
        ScoringRule exact = ScoringRule.DEFAULT.withFoldText(false);
        assertEquals(Verdict.INCORRECT, verdict(OFFICE, "prezes uodo", exact));
        assertEquals(Verdict.CORRECT, verdict(OFFICE, "Prezes  UODO", exact), "spaces are always collapsed");
        assertEquals(Verdict.INCORRECT, verdict(OFFICE, "GIODO", ScoringRule.DEFAULT));
    }

    @Test
    void blankAndWrongShapedResponsesScoreZeroAndSayWhy() {
        assertEquals(Verdict.EMPTY, OFFICE.score(OFFICE.response(json("{\"text\": \"  \"}")), ScoringRule.DEFAULT)
                .verdict());
        assertEquals(Verdict.MALFORMED, OFFICE.score(OFFICE.response(json("{\"text\": 5}")), ScoringRule.DEFAULT)
                .verdict());
        assertEquals(new ShortAnswer.View(true), HOURS.candidateView());
        assertEquals(new Typed("72"), HOURS.key());
    }

    @Test
    void negativeToleranceIsRefusedForNumericAnswersOnly() {
        assertEquals(List.of("answer.tolerance: must not be negative"), new ShortAnswer(List.of("1"), true,
                new BigDecimal("-1")).violations().stream().map(Object::toString).toList());
    }
}
