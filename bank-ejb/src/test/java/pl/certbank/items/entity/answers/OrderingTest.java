package pl.certbank.items.entity.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.certbank.items.entity.answers.ChoiceTest.json;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.certbank.items.entity.answers.Ordering.Ordered;
import pl.certbank.items.entity.answers.Score.Verdict;

class OrderingTest {

    /** The sales funnel in its correct order. */
    private static final Ordering FUNNEL = new Ordering(List.of("lead", "kwalifikacja", "oferta", "negocjacje"));

    @Test
    void elementsAreShownAndNumberedInTextOrderNotInTheCorrectOne() {
        assertEquals(List.of(new Labelled("e1", "kwalifikacja"), new Labelled("e2", "lead"),
                new Labelled("e3", "negocjacje"), new Labelled("e4", "oferta")), FUNNEL.candidateView().elements());
        assertEquals(new Ordered(List.of("e2", "e1", "e4", "e3")), FUNNEL.key());
    }

    @Test
    void exactOrderByDefaultAndTheShareInTheirPlaceWithPartialCredit() {
        Ordered twoSwapped = new Ordered(List.of("e2", "e1", "e3", "e4"));
        assertEquals(Verdict.CORRECT, FUNNEL.score(FUNNEL.key(), ScoringRule.DEFAULT).verdict());
        assertEquals(Verdict.INCORRECT, FUNNEL.score(twoSwapped, ScoringRule.DEFAULT).verdict());
        assertEquals(new BigDecimal("0.5000"), FUNNEL.score(twoSwapped, ScoringRule.DEFAULT.withPartialCredit(true))
                .points());
    }

    @Test
    void repeatedOrUnknownElementsAreMalformed() {
        assertEquals(Verdict.MALFORMED, FUNNEL.score(new Ordered(List.of("e2", "e2", "e4", "e3")),
                ScoringRule.DEFAULT).verdict());
        assertEquals(Verdict.MALFORMED, FUNNEL.score(FUNNEL.response(json("{\"order\": [\"e2\", \"x\"]}")),
                ScoringRule.DEFAULT).verdict());
        assertEquals(Verdict.EMPTY, FUNNEL.score(FUNNEL.response(json("{\"order\": []}")), ScoringRule.DEFAULT)
                .verdict());
        assertEquals(Verdict.INCORRECT, FUNNEL.score(new Ordered(List.of("e2")), ScoringRule.DEFAULT).verdict(),
                "an incomplete order is wrong, not unreadable");
    }
}
