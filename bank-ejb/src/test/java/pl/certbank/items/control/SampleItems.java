package pl.certbank.items.control;

import java.util.List;
import java.util.Set;
import pl.certbank.items.entity.CognitiveLevel;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.answers.Choice;
import pl.certbank.items.entity.answers.Choice.Option;

/** Items as an author of the CRM qualification would write them, with only the parts a check looks at varying. */
final class SampleItems {

    /** Well written: positive stem, parallel options of similar length, no stem words echoed in the key. */
    static final ItemContent BREACH_DEADLINE = singleChoice(
            "<p>W jakim terminie administrator powinien zgłosić naruszenie ochrony danych osobowych Prezesowi"
                    + " UODO?</p>",
            key("w ciągu 72 godzin od jego stwierdzenia"), distractor("w ciągu 7 dni od jego stwierdzenia"),
            distractor("w ciągu 14 dni od jego stwierdzenia"), distractor("w ciągu 30 dni od jego stwierdzenia"));

    static final ItemContent CHURN = singleChoice(
            "<p>Który wskaźnik określa odsetek klientów, którzy w danym okresie przestali korzystać z usług"
                    + " firmy?</p>",
            key("wskaźnik rezygnacji (churn rate)"), distractor("wskaźnik konwersji (conversion rate)"),
            distractor("wskaźnik retencji (retention rate)"), distractor("Net Promoter Score (NPS)"));

    static final ItemContent DATA_SUBJECT_RIGHTS = item(ItemType.MULTIPLE_RESPONSE,
            "<p>Które z wymienionych praw przysługują osobie, której dane dotyczą, na podstawie RODO?</p>",
            key("prawo do sprostowania danych"), key("prawo do usunięcia danych"),
            distractor("prawo do wynagrodzenia za dane"), distractor("prawo do wglądu w dane innych osób"));

    private SampleItems() {
    }

    static ItemContent singleChoice(String stem, Option... options) {
        return item(ItemType.SINGLE_CHOICE, stem, options);
    }

    static ItemContent item(ItemType type, String stem, Option... options) {
        return new ItemContent(stem, new Choice(type == ItemType.MULTIPLE_RESPONSE, List.of(options)), null,
                Set.of("Z1.3.2"), Difficulty.MEDIUM, null, CognitiveLevel.UNDERSTAND, List.of(), null, "pl");
    }

    /** A clean four-option item with another stem: only the stem can draw a warning. */
    static ItemContent withStem(String stem) {
        return BREACH_DEADLINE.withStem(stem);
    }

    static Option key(String text) {
        return new Option(text, true);
    }

    static Option distractor(String text) {
        return new Option(text, false);
    }
}
