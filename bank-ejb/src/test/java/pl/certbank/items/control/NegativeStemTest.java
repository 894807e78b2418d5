package pl.certbank.items.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.certbank.items.control.QualityChecksTest.checks;
import static pl.certbank.items.control.SampleItems.withStem;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import pl.certbank.items.control.QualityWarning.Check;

class NegativeStemTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<p>Które z poniższych działań nie jest zgodne z RODO?</p>|nie",
            "<p>Nie należy przechowywać danych klienta:</p>|Nie",
            "<p>Sklep może przetwarzać dane klienta w każdym z celów z wyjątkiem:</p>|z wyjątkiem",
            "<p>Wszystkie wymienione osoby mają dostęp do CRM oprócz:</p>|oprócz",
            "<p>Dla którego z kanałów kontaktu sklep nie potrzebuje żadnej zgody?</p>|nie",
            "<p>Żadna zgoda klienta <em>nie</em> jest potrzebna, gdy sklep:</p>|Żadna",
            "<p>Which of the following is not a lawful basis under the GDPR?</p>|not",
            "<p>All of these are CRM modules except:</p>|except"})
    void warnsOfANegationWrittenPlainly(String stem, String negation) {
        var warnings = QualityChecks.check(withStem(stem));

        assertEquals(Check.NEGATIVE_STEM_NOT_EMPHASISED, warnings.get(0).check());
        assertEquals(List.of(negation), warnings.get(0).arguments());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>Które z poniższych działań <strong>nie</strong> jest zgodne z RODO?</p>",
            "<p>Które z poniższych działań <strong>NIE</strong> jest zgodne z RODO?</p>",
            "<p>Które z poniższych działań NIE jest zgodne z RODO?</p>",
            "<p>Które z poniższych działań <b>nie jest</b> zgodne z RODO?</p>",
            "<p><em>Nie</em> należy przechowywać danych klienta:</p>",
            "<p>Sklep może przetwarzać dane klienta w każdym z celów <u>z wyjątkiem</u>:</p>",
            "<p>Sklep może przetwarzać dane klienta w każdym z celów Z WYJĄTKIEM:</p>",
            "<p>Which of the following is NOT a lawful basis under the GDPR?</p>"})
    void anEmphasisedNegationIsFine(String stem) {
        assertEquals(List.of(), QualityChecks.check(withStem(stem)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>Które dane klienta są niezbędne do realizacji zamówienia internetowego?</p>",
            "<p>Kiedy sklep może nieodpłatnie udostępnić klientowi kopię jego danych?</p>",
            "<p>Nieprzerwany dostęp do historii kontaktów zapewnia moduł:</p>",
            "<p>RODO chroni nie tylko klientów, ale też pracowników. Kto nadzoruje jego stosowanie?</p>",
            "<p>Notatki z rozmowy z klientem konsultant zapisuje w module:</p>",
            "<p>Który wyjątek od obowiązku informacyjnego dotyczy danych zebranych od klienta?</p>"})
    void wordsThatOnlyLookNegativeAreFine(String stem) {
        assertEquals(List.of(), QualityChecks.check(withStem(stem)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nie", "<strong>nie</strong> dotyczy"})
    void negationsInOptionsAreNotTheStemsConcern(String option) {
        var item = SampleItems.singleChoice("<p>Kiedy obowiązek informacyjny dotyczy danych zebranych od klienta?</p>",
                SampleItems.key("zawsze przy zbieraniu danych"), SampleItems.distractor(option),
                SampleItems.distractor("tylko na żądanie klienta"), SampleItems.distractor("raz w roku"));

        assertEquals(List.of(), checks(QualityChecks.check(item)).stream()
                .filter(check -> check == Check.NEGATIVE_STEM_NOT_EMPHASISED).toList());
    }

    @Test
    void oneWarningPerNegationWord() {
        var stem = "<p>Czego nie wolno robić z danymi? Czego nie należy zapisywać w CRM?</p>";

        assertEquals(List.of(Check.NEGATIVE_STEM_NOT_EMPHASISED), checks(QualityChecks.check(withStem(stem))));
    }

    @Test
    void oneEmphasisedNegationDoesNotExcuseAnother() {
        var stem = "<p>Czego <strong>nie</strong> wolno robić z danymi? Czego nie należy zapisywać?</p>";

        assertEquals(List.of(Check.NEGATIVE_STEM_NOT_EMPHASISED), checks(QualityChecks.check(withStem(stem))));
    }
}
