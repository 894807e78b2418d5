package pl.certbank.items.entity.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.certbank.items.entity.answers.Choice.Option;
import pl.certbank.items.entity.answers.Choice.Picked;
import pl.certbank.items.entity.answers.Score.Verdict;

class ChoiceTest {

    private static final Choice SINGLE = Choice.single(List.of(new Option("umowa", false), new Option("zgoda", true),
            new Option("interes", false), new Option("obowiązek", false)));
    private static final Choice MULTIPLE = Choice.multiple(List.of(new Option("sprostowanie", true),
            new Option("usunięcie", true), new Option("wynagrodzenie", false), new Option("wgląd w cudze", false)));
    private static final ScoringRule PARTIAL = ScoringRule.DEFAULT.withPartialCredit(true);

    static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    @Test
    void theCandidateSeesEveryOptionWithItsIdAndNoKey() {
        Choice.View view = SINGLE.candidateView();
        assertEquals(List.of(new Labelled("o1", "umowa"), new Labelled("o2", "zgoda"), new Labelled("o3", "interes"),
                new Labelled("o4", "obowiązek")), view.options());
        assertEquals(false, view.multiple());
        assertEquals(new Picked(Set.of("o2")), SINGLE.key());
    }

    @Test
    void singleChoiceScoresOneOrZero() {
        assertEquals(Verdict.CORRECT, SINGLE.score(new Picked(Set.of("o2")), ScoringRule.DEFAULT).verdict());
        assertEquals(new BigDecimal("1.0000"), SINGLE.score(SINGLE.key(), ScoringRule.DEFAULT).points());
        Score wrong = SINGLE.score(new Picked(Set.of("o1")), PARTIAL);
        assertEquals(Verdict.INCORRECT, wrong.verdict());
        assertEquals(new BigDecimal("0.0000"), wrong.points());
        assertEquals(Verdict.MALFORMED, SINGLE.score(new Picked(Set.of("o1", "o2")), ScoringRule.DEFAULT).verdict());
    }

    @Test
    void multipleResponseIsAllOrNothingByDefault() {
        assertEquals(Verdict.CORRECT, MULTIPLE.score(new Picked(Set.of("o1", "o2")), ScoringRule.DEFAULT).verdict());
        assertEquals(Verdict.INCORRECT, MULTIPLE.score(new Picked(Set.of("o1")), ScoringRule.DEFAULT).verdict());
        assertEquals(Verdict.INCORRECT,
                MULTIPLE.score(new Picked(Set.of("o1", "o2", "o3")), ScoringRule.DEFAULT).verdict());
    }

    @Test
    void partialCreditIsKeysChosenMinusWrongOptionsChosenOverKeysNeverBelowZero() {
        Score half = MULTIPLE.score(new Picked(Set.of("o1")), PARTIAL);
        assertEquals(Verdict.PARTIAL, half.verdict());
        assertEquals(new BigDecimal("0.5000"), half.points());
        assertEquals(Verdict.INCORRECT, MULTIPLE.score(new Picked(Set.of("o1", "o3")), PARTIAL).verdict());
        assertEquals(new BigDecimal("0.0000"), MULTIPLE.score(new Picked(Set.of("o3", "o4")), PARTIAL).points());
        Score twoPoints = MULTIPLE.score(new Picked(Set.of("o2")), new ScoringRule(new BigDecimal("2"), true, true));
        assertEquals(new BigDecimal("1.0000"), twoPoints.points());
        assertEquals(new BigDecimal("2.0000"), twoPoints.maximum());
    }

    @Test
    void emptyAndMalformedResponsesScoreZeroAndSayWhy() {
        assertEquals(Verdict.EMPTY, SINGLE.score(SINGLE.response(json("{\"selected\": []}")), PARTIAL).verdict());
        assertEquals(Verdict.EMPTY, SINGLE.score(null, PARTIAL).verdict());
        Score unknown = SINGLE.score(SINGLE.response(json("{\"selected\": [\"o9\"]}")), PARTIAL);
        assertEquals(Verdict.MALFORMED, unknown.verdict());
        assertEquals("no option has the id o9", unknown.reason());
        assertEquals(Verdict.MALFORMED, SINGLE.score(SINGLE.response(json("{\"order\": [\"e1\"]}")), PARTIAL)
                .verdict());
        assertEquals(Verdict.MALFORMED, SINGLE.score(SINGLE.response(json("[1, 2]")), PARTIAL).verdict());
        assertEquals(Verdict.MALFORMED, SINGLE.score(new Ordering.Ordered(List.of("e1")), PARTIAL).verdict());
        assertEquals(new BigDecimal("0.0000"),
                SINGLE.score(SINGLE.response(json("{\"selected\": [2]}")), PARTIAL).points());
    }

    @Test
    void aResponseReadFromJsonScoresAsTheKey() {
        assertEquals(Verdict.CORRECT,
                MULTIPLE.score(MULTIPLE.response(json("{\"selected\": [\"o2\", \"o1\"]}")), ScoringRule.DEFAULT)
                        .verdict());
    }

    @Test
    void searchAndQualityChecksReadTheOptionTexts() {
        assertEquals(List.of("umowa", "zgoda", "interes", "obowiązek"), SINGLE.texts());
        assertEquals(SINGLE.options(), SINGLE.options());
        assertEquals(List.of(new AnswerLine("option", 1, "umowa", null), new AnswerLine("option", 2, "✔ zgoda", null),
                new AnswerLine("option", 3, "interes", null), new AnswerLine("option", 4, "obowiązek", null)),
                SINGLE.lines());
    }

    @Test
    void optionTextsArePlainTextsNotHtml() {
        Choice signs = Choice.single(List.of(new Option("<b>", true), new Option("<i>", false), new Option(
                "obrót < 5 mln > 2 mln", false)));
        assertEquals(List.of(), signs.violations(), "texts that look like tags are neither empty nor twins");
        assertEquals("obrót < 5 mln > 2 mln", signs.lines().get(2).text());
        assertEquals(1, Choice.single(List.of(new Option("  ", true), new Option("tak", false))).violations()
                .size(), "a blank text is empty");
    }
}
