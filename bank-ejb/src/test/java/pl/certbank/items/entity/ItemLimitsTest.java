package pl.certbank.items.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.Choice;
import pl.certbank.items.entity.answers.Choice.Option;
import pl.certbank.items.entity.answers.Matching;
import pl.certbank.items.entity.answers.Matching.Pair;
import pl.certbank.items.entity.answers.Ordering;
import pl.certbank.items.entity.answers.ShortAnswer;
import pl.certbank.refusals.FieldError;
import pl.certbank.refusals.Refusal;

/**
 * Every documented limit (docs/adr/0009) holds at its value and refuses one more, naming the field and the limit,
 * before the database could see it.
 */
class ItemLimitsTest {

    private static final Choice CHOICE = Choice.single(List.of(new Option("tak", true), new Option("nie", false)));

    private static ItemContent content(String stem, Answer answer, String rationale, Set<String> criteria,
            List<String> keywords, String source, String language) {
        return new ItemContent(stem, answer, rationale, criteria, Difficulty.EASY, null, CognitiveLevel.REMEMBER,
                keywords, source, language);
    }

    private static ItemContent stem(int length) {
        String stem = "<p>" + "s".repeat(length - 7) + "</p>";
        return content(stem, CHOICE, null, Set.of("Z1.1.1"), List.of(), null, "pl");
    }

    private static List<String> errors(ItemContent content) {
        return content.violations().stream().map(FieldError::toString).toList();
    }

    /** The content built with {@code atLimit} passes and with one more is refused with {@code expected}. */
    private static void holds(IntFunction<ItemContent> built, int limit, String expected) {
        assertEquals(List.of(), errors(built.apply(limit)), "at the limit " + limit);
        assertEquals(List.of(expected), errors(built.apply(limit + 1)), "one over the limit " + limit);
    }

    @Test
    void textsOfTheItemHaveTheirLengths() {
        holds(ItemLimitsTest::stem, ItemContent.MAX_STEM, "stem: at most 20000 characters (now 20001)");
        holds(n -> content("<p>pytanie</p>", CHOICE, "r".repeat(n), Set.of("Z1.1.1"), List.of(), null, "pl"),
                ItemContent.MAX_RATIONALE, "rationale: at most 8000 characters (now 8001)");
        holds(n -> content("<p>pytanie</p>", CHOICE, null, Set.of("Z1.1.1"), List.of(), "ź".repeat(n), "pl"),
                ItemContent.MAX_SOURCE, "source: at most 1000 characters (now 1001)");
        holds(n -> content("<p>pytanie</p>", CHOICE, null, Set.of("Z1.1.1"), List.of("k".repeat(n)), null, "pl"),
                ItemContent.MAX_KEYWORD, "keywords[0]: at most 80 characters (now 81)");
    }

    @Test
    void listsOfTheItemHaveTheirCounts() {
        holds(n -> content("<p>pytanie</p>", CHOICE, null, Set.of("Z1.1.1"), numbered("k", n), null, "pl"),
                ItemContent.MAX_KEYWORDS, "keywords: at most 20 (now 21)");
        holds(n -> content("<p>pytanie</p>", CHOICE, null, new TreeSet<>(numbered("Z", n)), List.of(), null,
                "pl"), ItemContent.MAX_CRITERIA, "criteria: at most 60 (now 61)");
    }

    @Test
    void answerTextsAndListsHaveTheirLimits() {
        holds(n -> content("<p>pytanie</p>", Choice.single(List.of(new Option("o".repeat(n), true), new Option(
                "nie", false))), null, Set.of("Z1.1.1"), List.of(), null, "pl"), 1000,
                "answer.options[0]: at most 1000 characters (now 1001)");
        holds(n -> content("<p>pytanie</p>", new Matching(pairs(n), List.of()), null, Set.of("Z1.1.1"), List.of(),
                null, "pl"), 12, "answer.pairs: at most 12 entries (now 13)");
        holds(n -> content("<p>pytanie</p>", new Matching(pairs(2), numbered("d", n)), null, Set.of("Z1.1.1"),
                List.of(), null, "pl"), 10, "answer.distractors: at most 10 entries (now 11)");
        assertTrue(errors(content("<p>pytanie</p>", new Ordering(numbered("e", 11)), null, Set.of("Z1.1.1"),
                List.of(), null, "pl")).toString().contains("answer.sequence"));
    }

    @Test
    void aToleranceIsFiniteNonNegativeAndBounded() {
        for (String bad : List.of("-0.5", "1000000.5", "0.00000000001", "1E+309")) {
            ItemContent content = content("<p>Ile?</p>", new ShortAnswer(List.of("72"), true, new BigDecimal(bad)),
                    null, Set.of("Z1.1.1"), List.of(), null, "pl");
            assertEquals(1, content.violations().size(), bad);
            assertEquals("answer.tolerance", content.violations().get(0).field(), bad);
        }
        assertEquals(List.of(), errors(content("<p>Ile?</p>", new ShortAnswer(List.of("72"), true, new BigDecimal(
                "1000000")), null, Set.of("Z1.1.1"), List.of(), null, "pl")));
    }

    @Test
    void aLanguageIsALanguageTag() {
        for (String bad : List.of("p".repeat(10_000), "x y", "pl\npl")) {
            List<String> errors = errors(content("<p>pytanie</p>", CHOICE, null, Set.of("Z1.1.1"), List.of(), null,
                    bad));
            assertEquals(1, errors.size(), bad);
            assertTrue(errors.get(0).startsWith("language:") && errors.get(0).length() < 200, errors.get(0));
        }
    }

    @Test
    void aFamilyNameHasItsLength() {
        Item item = new Item(null, "CRM-1", "author");
        Refusal family = assertThrows(Refusal.class, () -> item.setFamily("f".repeat(Item.MAX_FAMILY + 1)));
        assertEquals(ItemRefusal.FAMILY_TOO_LONG, family.reason());
        item.setFamily("f".repeat(Item.MAX_FAMILY));
        assertEquals("f".repeat(Item.MAX_FAMILY), item.getFamily());
    }

    private static List<String> numbered(String prefix, int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(prefix + i);
        }
        return Collections.unmodifiableList(texts);
    }

    private static List<Pair> pairs(int count) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pairs.add(new Pair("przesłanka " + i, "odpowiedź " + i));
        }
        return pairs;
    }
}
