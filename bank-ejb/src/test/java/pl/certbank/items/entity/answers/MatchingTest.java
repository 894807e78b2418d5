package pl.certbank.items.entity.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.certbank.items.entity.answers.ChoiceTest.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.certbank.items.entity.answers.Matching.Matched;
import pl.certbank.items.entity.answers.Matching.Pair;
import pl.certbank.items.entity.answers.Score.Verdict;

class MatchingTest {

    /** Written with the responses in the order of the premises: that order is the key. */
    private static final Matching RFM = new Matching(List.of(new Pair("R", "Recency"), new Pair("F", "Frequency"),
            new Pair("M", "Monetary")), List.of("Loyalty"));

    @Test
    void responseIdsFollowTheTextsSoTheyGiveNothingOfTheKeyAway() {
        Matching.View view = RFM.candidateView();
        assertEquals(List.of(new Labelled("p1", "R"), new Labelled("p2", "F"), new Labelled("p3", "M")),
                view.premises());
        assertEquals(List.of(new Labelled("r1", "Frequency"), new Labelled("r2", "Loyalty"),
                new Labelled("r3", "Monetary"), new Labelled("r4", "Recency")), view.responses());
        assertEquals(new Matched(Map.of("p1", "r4", "p2", "r1", "p3", "r3")), RFM.key());
    }

    @Test
    void allOrNothingByDefaultAndTheShareOfPremisesWithPartialCredit() {
        Matched twoOfThree = new Matched(Map.of("p1", "r4", "p2", "r1", "p3", "r2"));
        assertEquals(Verdict.CORRECT, RFM.score(RFM.key(), ScoringRule.DEFAULT).verdict());
        assertEquals(Verdict.INCORRECT, RFM.score(twoOfThree, ScoringRule.DEFAULT).verdict());
        Score partial = RFM.score(twoOfThree, ScoringRule.DEFAULT.withPartialCredit(true));
        assertEquals(Verdict.PARTIAL, partial.verdict());
        assertEquals(new BigDecimal("0.6667"), partial.points());
        assertEquals("2 of 3", partial.reason());
    }

    @Test
    void unknownIdsAreMalformed() {
        Score score = RFM.score(RFM.response(json("{\"matches\": {\"p9\": \"r1\"}}")), ScoringRule.DEFAULT);
        assertEquals(Verdict.MALFORMED, score.verdict());
        assertTrue(score.reason().contains("p9"), score.reason());
        assertEquals(Verdict.MALFORMED, RFM.score(RFM.response(json("{\"matches\": {\"p1\": \"r7\"}}")),
                ScoringRule.DEFAULT).verdict());
        assertEquals(Verdict.MALFORMED, RFM.score(RFM.response(json("{\"matches\": {\"p1\": 3}}")),
                ScoringRule.DEFAULT).verdict());
        assertEquals(Verdict.EMPTY, RFM.score(RFM.response(json("{\"matches\": {}}")), ScoringRule.DEFAULT)
                .verdict());
    }

    @Test
    void searchReadsEveryPremiseAndResponse() {
        assertEquals(List.of("R", "Recency", "F", "Frequency", "M", "Monetary", "Loyalty"), RFM.texts());
        assertEquals(List.of(), RFM.options(), "no options for option-level quality checks");
    }
}
