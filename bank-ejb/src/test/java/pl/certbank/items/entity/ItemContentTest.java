package pl.certbank.items.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.Choice;
import pl.certbank.items.entity.answers.Choice.Option;
import pl.certbank.items.entity.answers.Matching;
import pl.certbank.items.entity.answers.Matching.Pair;
import pl.certbank.items.entity.answers.Ordering;
import pl.certbank.items.entity.answers.ShortAnswer;
import pl.certbank.items.entity.answers.TrueFalse;
import pl.certbank.refusals.FieldError;

/** The structural rules of an item's content: those of every item, and those its answer type adds. */
class ItemContentTest {

    private static ItemContent item(Answer answer) {
        return new ItemContent("<p>Która zasada RODO wymaga ograniczenia danych do niezbędnych?</p>", answer, null,
                Set.of("Z1.3.2"), Difficulty.MEDIUM, null, CognitiveLevel.UNDERSTAND, List.of(), null, "pl");
    }

    private static List<String> errors(Answer answer) {
        return errors(item(answer));
    }

    private static List<String> errors(ItemContent content) {
        return content.violations().stream().map(FieldError::toString).toList();
    }

    static Choice choice(boolean multiple, boolean... keys) {
        String[] texts = {"minimalizacja danych", "rozliczalność", "przejrzystość", "integralność", "poufność",
                "prawidłowość", "legalność", "celowość", "ograniczenie przechowywania"};
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            options.add(new Option(texts[i], keys[i]));
        }
        return new Choice(multiple, options);
    }

    @Test
    void wellFormedItemsOfEveryTypePass() {
        assertEquals(List.of(), errors(choice(false, true, false, false, false)));
        assertEquals(List.of(), errors(choice(true, true, true, false, false)));
        assertEquals(List.of(), errors(new TrueFalse(false)));
        assertEquals(List.of(), errors(new Matching(
                List.of(new Pair("art. 6", "podstawy prawne"), new Pair("art. 9", "dane szczególnych kategorii")),
                List.of("prawo do bycia zapomnianym"))));
        assertEquals(List.of(), errors(new Ordering(List.of("lead", "szansa", "oferta"))));
        assertEquals(List.of(), errors(new ShortAnswer(List.of("72"), true, BigDecimal.ZERO)));
    }

    @Test
    void theAnswerDecidesTheType() {
        assertEquals(ItemType.SINGLE_CHOICE, item(choice(false, true, false)).type());
        assertEquals(ItemType.MULTIPLE_RESPONSE, item(choice(true, true, true, false)).type());
        assertEquals(ItemType.SHORT_ANSWER, item(new ShortAnswer(List.of("72"), true, null)).type());
        assertNull(item(null).type());
    }

    @Test
    void singleChoiceNeedsExactlyOneKey() {
        assertTrue(errors(choice(false, true, true, false, false))
                .contains("answer.options: mark exactly one option as the key (now 2)"));
        assertTrue(errors(choice(false, false, false, false, false))
                .contains("answer.options: mark exactly one option as the key (now 0)"));
    }

    @Test
    void singleChoiceNeedsTwoToEightOptions() {
        assertTrue(errors(choice(false, true)).contains("answer.options: give 2–8 options (now 1)"));
        assertTrue(errors(choice(false, true, false, false, false, false, false, false, false, false))
                .contains("answer.options: give 2–8 options (now 9)"));
    }

    @Test
    void emptyAndDuplicateOptionsAreRefused() {
        List<String> errors = errors(Choice.single(List.of(new Option("Zgoda", true), new Option(" ", false),
                new Option("Umowa", false), new Option("zgoda", false))));
        assertTrue(errors.contains("answer.options[1]: must not be empty"), errors.toString());
        assertTrue(errors.contains("answer.options: the option 'zgoda' appears twice"), errors.toString());
    }

    @Test
    void multipleResponseNeedsTwoKeysAndOneWrongOption() {
        assertTrue(errors(choice(true, true, false, false))
                .contains("answer.options: mark at least 2 options as keys (now 1)"));
        assertTrue(
                errors(choice(true, true, true, true)).contains("answer.options: at least one option must be wrong"));
    }

    @Test
    void trueFalseNeedsItsTruth() {
        assertEquals(List.of("answer.truth: say whether the statement is true or false"),
                errors(new TrueFalse(null)));
    }

    @Test
    void matchingNeedsEachPremiseMatchedOnce() {
        List<String> errors = errors(new Matching(
                List.of(new Pair("art. 6", "podstawy"), new Pair("art. 6", ""), new Pair("art. 9", "podstawy")),
                List.of()));
        assertTrue(errors.contains("answer.pairs[1]: each premise needs exactly one matching response"),
                errors.toString());
        assertTrue(errors.contains("answer.pairs: the premise 'art. 6' appears twice"), errors.toString());
        assertTrue(errors.contains("answer.pairs: the response 'podstawy' appears twice"), errors.toString());
    }

    @Test
    void orderingNeedsThreeDistinctElements() {
        assertTrue(errors(new Ordering(List.of("a", "b"))).contains("answer.sequence: give 3–10 elements (now 2)"));
    }

    @Test
    void numericShortAnswerMustBeANumber() {
        assertEquals(List.of("answer.accepted: 'siedemdziesiąt dwie' is not a number"),
                errors(new ShortAnswer(List.of("siedemdziesiąt dwie"), true, null)));
    }

    @Test
    void stemCriteriaAndEstimateAreRequiredOrBounded() {
        ItemContent content = new ItemContent("<p> </p>", new TrueFalse(true), null, Set.of(), null, 1.5, null,
                List.of(), null, null);
        assertEquals(List.of("stem: the question must not be empty",
                "criteria: tag the item to at least one verification criterion",
                "difficultyEstimate: must be between 0 and 1"), errors(content));
    }

    @Test
    void withoutAnAnswerTheTypeIsMissing() {
        assertEquals(List.of("type: choose the item type"), errors(item(null)));
    }

    @Test
    void searchWordsAreThoseOfTheStemAndEveryAnswerText() {
        ItemContent content = new ItemContent("<p>Który <strong>etap</strong> lejka?</p>", new Matching(
                List.of(new Pair("Lead", "Kontakt"), new Pair("Szansa", "Oferta")), List.of("Faktura")), null,
                Set.of("Z1.3.2"), null, null, null, List.of(), null, "pl");
        assertEquals(Set.of("ktory", "etap", "lejka", "lead", "kontakt", "szansa", "oferta", "faktura"),
                content.searchWords());
        assertEquals("Który etap lejka?", content.plainStem());
    }
}
