package pl.certbank.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import pl.certbank.items.control.ItemError;
import pl.certbank.items.control.ItemValidation;
import pl.certbank.items.control.QualityWarning;
import pl.certbank.items.entity.Answer;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemType;

/** Every message the domain can give a page exists in Polish and in English, so no user meets a bare key. */
class MessagesTest {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("pl.certbank.web.i18n.messages",
            Locale.ENGLISH);
    private static final ResourceBundle POLISH = ResourceBundle.getBundle("pl.certbank.web.i18n.messages",
            Locale.forLanguageTag("pl"));

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> english = new TreeSet<>(Collections.list(ENGLISH.getKeys()));
        Set<String> polish = new TreeSet<>(Collections.list(POLISH.getKeys()));
        assertEquals(english, polish);
    }

    @Test
    void everyStructuralRuleAndQualityCheckIsTranslated() {
        List<String> keys = new ArrayList<>();
        for (ItemError.Rule rule : ItemError.Rule.values()) {
            keys.add("ItemError." + rule);
        }
        for (QualityWarning.Check check : QualityWarning.Check.values()) {
            keys.add("QualityCheck." + check);
        }
        for (String key : keys) {
            assertTrue(POLISH.containsKey(key) && !POLISH.getString(key).isBlank(), key);
            new MessageFormat(POLISH.getString(key), Locale.forLanguageTag("pl")).format(new Object[] {"x", 2, 3});
        }
    }

    @Test
    void everyFieldAStructuralRuleNamesHasALabel() {
        List<ItemContent> flawed = new ArrayList<>();
        flawed.add(new ItemContent(null, "", null, null, Set.of(), null, 2.0, null, List.of(), null, "pl"));
        for (ItemType type : ItemType.values()) {
            flawed.add(new ItemContent(type, "", Answer.matching(List.of(new Answer.Pair("a", "")), List.of()), null,
                    Set.of(), null, null, null, List.of(), null, "pl"));
        }
        flawed.add(new ItemContent(ItemType.SHORT_ANSWER, "x", Answer.shortAnswer(List.of("abc", "abc"), true,
                java.math.BigDecimal.valueOf(-1)), null, Set.of(), null, null, null, List.of(), null, "pl"));
        Set<String> fields = new TreeSet<>();
        flawed.forEach(item -> ItemValidation.violations(item).forEach(e -> fields.add(e.fieldName())));
        assertTrue(fields.size() >= 8, fields.toString());
        for (String field : fields) {
            assertTrue(POLISH.containsKey("ItemError.field." + field), field);
            assertTrue(ENGLISH.containsKey("ItemError.field." + field), field);
        }
    }

    @Test
    void polishRuleTextsNameTheValues() {
        ItemError error = ItemValidation.violations(new ItemContent(ItemType.SINGLE_CHOICE, "<p>Pytanie?</p>",
                Answer.choice(List.of(new Answer.Option("tak", true), new Answer.Option("tak", true))), null,
                Set.of("Z1.1.1"), null, null, null, List.of(), null, "pl")).stream()
                .filter(e -> e.rule() == ItemError.Rule.EXACTLY_ONE_KEY).findFirst().orElseThrow();
        String text = new MessageFormat(POLISH.getString("ItemError." + error.rule()), Locale.forLanguageTag("pl"))
                .format(error.values().toArray());
        assertEquals("oznacz dokładnie jedną odpowiedź jako poprawną (teraz 2)", text);
    }
}
