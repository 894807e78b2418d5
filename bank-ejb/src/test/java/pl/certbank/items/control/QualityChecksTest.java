package pl.certbank.items.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.certbank.items.control.SampleItems.distractor;
import static pl.certbank.items.control.SampleItems.key;
import static pl.certbank.items.control.SampleItems.singleChoice;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.certbank.items.control.QualityWarning.Check;
import pl.certbank.items.entity.CognitiveLevel;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.answers.TrueFalse;

class QualityChecksTest {

    @Test
    void wellWrittenItemsDrawNoWarning() {
        assertEquals(List.of(), QualityChecks.check(SampleItems.BREACH_DEADLINE));
        assertEquals(List.of(), QualityChecks.check(SampleItems.CHURN));
        assertEquals(List.of(), QualityChecks.check(SampleItems.DATA_SUBJECT_RIGHTS));
    }

    @Test
    void noContentNoWarning() {
        assertEquals(List.of(), QualityChecks.check(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wszystkie powyższe", "wszystkie powyzsze odpowiedzi", "Wszystkie odpowiedzi są poprawne.",
            "Żadna z powyższych", "ŻADNE Z POWYŻSZYCH", "None of the above", "All of the above"})
    void warnsOfAnAllOrNoneOption(String catchAll) {
        var item = singleChoice("<p>Kto jest administratorem danych klientów zapisanych w systemie CRM?</p>",
                key("sklep, który ustala cele przetwarzania"), distractor("dostawca oprogramowania CRM"),
                distractor("Prezes Urzędu Ochrony Danych Osobowych"), distractor(catchAll));

        var warnings = QualityChecks.check(item);

        assertEquals(List.of(Check.ALL_OR_NONE_OF_THE_ABOVE), checks(warnings));
        assertEquals(List.of(catchAll), warnings.get(0).arguments());
        assertTrue(warnings.get(0).message().contains(catchAll), warnings.get(0).message());
    }

    @Test
    void anOptionThatMerelyMentionsAllIsFine() {
        var item = singleChoice("<p>Komu sklep może udostępnić dane klienta bez jego zgody?</p>",
                key("sądowi na podstawie przepisu prawa"), distractor("wszystkim partnerom handlowym"),
                distractor("agencji reklamowej"), distractor("innemu klientowi"));

        assertEquals(List.of(), QualityChecks.check(item));
    }

    @Test
    void warnsWhenTheKeyIsMuchLongerThanTheDistractors() {
        var longKey = "podział klientów na grupy o podobnych potrzebach i zachowaniach zakupowych";
        var item = singleChoice("<p>Czym jest segmentacja w systemie CRM?</p>", key(longKey),
                distractor("raport sprzedaży"), distractor("baza kontaktów"), distractor("kampania mailowa"));

        var warnings = QualityChecks.check(item);

        assertEquals(List.of(Check.ONE_OPTION_MUCH_LONGER), checks(warnings));
        assertEquals(List.of(longKey, "74", "15", "key"), warnings.get(0).arguments());
        assertTrue(warnings.get(0).message().contains("often the key"), warnings.get(0).message());
        assertTrue(warnings.get(0).message().contains("here it is the key"), warnings.get(0).message());
    }

    @Test
    void aMuchLongerDistractorIsNamedAsSuch() {
        var item = singleChoice("<p>Czym jest segmentacja w systemie CRM?</p>", key("podział na grupy"),
                distractor("raport sprzedaży przygotowywany co miesiąc dla zarządu firmy"),
                distractor("baza kontaktów"), distractor("kampania mailowa"));

        var warning = QualityChecks.check(item).get(0);

        assertEquals("distractor", warning.arguments().get(3));
        assertTrue(warning.message().contains("here it is a distractor"), warning.message());
    }

    @Test
    void aFewLettersMoreOnShortOptionsAreNoCue() {
        var item = singleChoice("<p>Jak często sklep powinien przeglądać rejestr czynności przetwarzania?</p>",
                distractor("co miesiąc"), distractor("co kwartał"), distractor("co tydzień"),
                key("po każdej zmianie"));

        assertEquals(List.of(), QualityChecks.check(item));
    }

    @Test
    void twoOptionsHaveNoAverageToStandOutFrom() {
        var item = singleChoice("<p>Czym jest segmentacja w systemie CRM?</p>",
                key("podział klientów na grupy o podobnych potrzebach i zachowaniach zakupowych"),
                distractor("raport sprzedaży"));

        assertEquals(List.of(), QualityChecks.check(item));
    }

    @Test
    void optionChecksApplyToChoiceItemsOnly() {
        // A true/false item has no options of its own to judge: the checks read only what the answer type offers.
        var trueFalse = new ItemContent("<p>Zgoda na marketing musi być dobrowolna. Wszystkie powyższe.</p>",
                new TrueFalse(true), null, Set.of("Z1.3.2"), Difficulty.MEDIUM, null, CognitiveLevel.REMEMBER,
                List.of(), null, "pl");

        assertEquals(List.of(), QualityChecks.check(trueFalse));
    }

    static List<Check> checks(List<QualityWarning> warnings) {
        return warnings.stream().map(QualityWarning::check).toList();
    }
}
