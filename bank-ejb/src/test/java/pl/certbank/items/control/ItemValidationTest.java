package pl.certbank.items.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.certbank.items.entity.Answer;
import pl.certbank.items.entity.Answer.Option;
import pl.certbank.items.entity.Answer.Pair;
import pl.certbank.items.entity.CognitiveLevel;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemType;

class ItemValidationTest {

    private static ItemContent item(ItemType type, Answer answer) {
        return new ItemContent(type, "<p>Która zasada RODO wymaga ograniczenia danych do niezbędnych?</p>", answer,
                null, Set.of("Z1.3.2"), Difficulty.MEDIUM, null, CognitiveLevel.UNDERSTAND, List.of(), null, "pl");
    }

    private static List<String> errors(ItemType type, Answer answer) {
        return ItemValidation.errors(item(type, answer));
    }

    private static Answer choice(boolean... keys) {
        String[] texts = {"minimalizacja danych", "rozliczalność", "przejrzystość", "integralność", "poufność",
                "prawidłowość", "legalność", "celowość", "ograniczenie przechowywania"};
        List<Option> options = new java.util.ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            options.add(new Option(texts[i], keys[i]));
        }
        return Answer.choice(options);
    }

    @Test
    void wellFormedItemsOfEveryTypePass() {
        assertEquals(List.of(), errors(ItemType.SINGLE_CHOICE, choice(true, false, false, false)));
        assertEquals(List.of(), errors(ItemType.MULTIPLE_RESPONSE, choice(true, true, false, false)));
        assertEquals(List.of(), errors(ItemType.TRUE_FALSE, Answer.trueFalse(false)));
        assertEquals(List.of(), errors(ItemType.MATCHING, Answer.matching(
                List.of(new Pair("art. 6", "podstawy prawne"), new Pair("art. 9", "dane szczególnych kategorii")),
                List.of("prawo do bycia zapomnianym"))));
        assertEquals(List.of(), errors(ItemType.ORDERING, Answer.ordering(List.of("lead", "szansa", "oferta"))));
        assertEquals(List.of(),
                errors(ItemType.SHORT_ANSWER, Answer.shortAnswer(List.of("72"), true, BigDecimal.ZERO)));
    }

    @Test
    void singleChoiceNeedsExactlyOneKey() {
        assertTrue(errors(ItemType.SINGLE_CHOICE, choice(true, true, false, false))
                .contains("answer.options: mark exactly one option as the key (now 2)"));
        assertTrue(errors(ItemType.SINGLE_CHOICE, choice(false, false, false, false))
                .contains("answer.options: mark exactly one option as the key (now 0)"));
    }

    @Test
    void singleChoiceNeedsTwoToEightOptions() {
        assertTrue(errors(ItemType.SINGLE_CHOICE, choice(true)).contains("answer.options: give 2–8 options (now 1)"));
        assertTrue(errors(ItemType.SINGLE_CHOICE, choice(true, false, false, false, false, false, false, false, false))
                .contains("answer.options: give 2–8 options (now 9)"));
    }

    @Test
    void emptyAndDuplicateOptionsAreRefused() {
        Answer answer = Answer.choice(List.of(new Option("Zgoda", true), new Option(" ", false),
                new Option("Umowa", false), new Option("zgoda", false)));
        List<String> errors = errors(ItemType.SINGLE_CHOICE, answer);
        assertTrue(errors.contains("answer.options[1]: must not be empty"), errors.toString());
        assertTrue(errors.contains("answer.options: the option 'zgoda' appears twice"), errors.toString());
    }

    @Test
    void multipleResponseNeedsTwoKeysAndOneWrongOption() {
        assertTrue(errors(ItemType.MULTIPLE_RESPONSE, choice(true, false, false))
                .contains("answer.options: mark at least 2 options as keys (now 1)"));
        assertTrue(errors(ItemType.MULTIPLE_RESPONSE, choice(true, true, true))
                .contains("answer.options: at least one option must be wrong"));
    }

    @Test
    void trueFalseNeedsItsTruth() {
        assertEquals(List.of("answer.truth: say whether the statement is true or false"),
                errors(ItemType.TRUE_FALSE, Answer.choice(List.of())));
    }

    @Test
    void matchingNeedsEachPremiseMatchedOnce() {
        List<String> errors = errors(ItemType.MATCHING, Answer.matching(
                List.of(new Pair("art. 6", "podstawy"), new Pair("art. 6", ""), new Pair("art. 9", "podstawy")),
                List.of()));
        assertTrue(errors.contains("answer.pairs[1]: each premise needs exactly one matching response"),
                errors.toString());
        assertTrue(errors.contains("answer.pairs: the premise 'art. 6' appears twice"), errors.toString());
        assertTrue(errors.contains("answer.pairs: the response 'podstawy' appears twice"), errors.toString());
    }

    @Test
    void orderingNeedsThreeDistinctElements() {
        assertTrue(errors(ItemType.ORDERING, Answer.ordering(List.of("a", "b")))
                .contains("answer.sequence: give 3–10 elements (now 2)"));
    }

    @Test
    void numericShortAnswerMustBeANumber() {
        assertEquals(List.of("answer.accepted: 'siedemdziesiąt dwie' is not a number"),
                errors(ItemType.SHORT_ANSWER, Answer.shortAnswer(List.of("siedemdziesiąt dwie"), true, null)));
    }

    @Test
    void stemCriteriaAndEstimateAreRequiredOrBounded() {
        ItemContent content = new ItemContent(ItemType.TRUE_FALSE, "<p> </p>", Answer.trueFalse(true), null,
                Set.of(), null, 1.5, null, List.of(), null, null);
        assertEquals(List.of("stem: the question must not be empty",
                "criteria: tag the item to at least one verification criterion",
                "difficultyEstimate: must be between 0 and 1"), ItemValidation.errors(content));
    }
}
