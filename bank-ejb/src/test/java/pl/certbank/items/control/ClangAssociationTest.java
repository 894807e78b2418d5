package pl.certbank.items.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.certbank.items.control.QualityChecksTest.checks;
import static pl.certbank.items.control.SampleItems.distractor;
import static pl.certbank.items.control.SampleItems.item;
import static pl.certbank.items.control.SampleItems.key;
import static pl.certbank.items.control.SampleItems.singleChoice;

import java.util.List;
import org.junit.jupiter.api.Test;
import pl.certbank.items.control.QualityWarning.Check;
import pl.certbank.items.entity.ItemType;

class ClangAssociationTest {

    @Test
    void warnsOfStemWordsEchoedOnlyInTheKey() {
        var item = singleChoice("<p>Który dokument potwierdza zgodę klienta na przetwarzanie danych osobowych"
                + " w celach marketingowych?</p>",
                key("zgoda na przetwarzanie danych w celach marketingowych"),
                distractor("faktura VAT wystawiona za ostatnie zamówienie"),
                distractor("regulamin sklepu internetowego z cennikiem"),
                distractor("umowa sprzedaży zawarta na odległość"));

        var warnings = QualityChecks.check(item);

        assertEquals(List.of(Check.STEM_WORDS_ONLY_IN_KEY), checks(warnings));
        var clang = warnings.get(0);
        assertEquals(List.of("przetwarzanie", "danych", "celach", "marketingowych"), clang.arguments());
        assertTrue(clang.message().contains("przetwarzanie, danych, celach, marketingowych"), clang.message());
    }

    @Test
    void toleratesPolishInflection() {
        var item = singleChoice("<p>Komu konsultant przekazuje reklamację klienta?</p>",
                key("działowi reklamacji"), distractor("działowi kadr"), distractor("działowi księgowości"),
                distractor("działowi IT"));

        var warnings = QualityChecks.check(item);

        assertEquals(List.of(Check.STEM_WORDS_ONLY_IN_KEY), checks(warnings));
        assertEquals(List.of("reklamacje"), warnings.get(0).arguments());
    }

    @Test
    void aStemWordInADistractorTooIsNoCue() {
        var item = singleChoice("<p>Komu konsultant przekazuje reklamację klienta?</p>",
                key("działowi reklamacji"), distractor("opiekunowi reklamacji w sklepie"),
                distractor("działowi księgowości"), distractor("działowi kadr"));

        assertEquals(List.of(), QualityChecks.check(item));
    }

    @Test
    void scaffoldingWordsAreNoCue() {
        var item = singleChoice("<p>Która z poniższych podstaw prawnych pozwala sklepowi wysyłać newsletter?</p>",
                key("zgoda, którą odbiorca wyraził"), distractor("umowa z drukarnią"),
                distractor("uzasadniony interes"), distractor("obowiązek prawny"));

        assertEquals(List.of(), QualityChecks.check(item));
    }

    @Test
    void appliesToEveryKeyOfAMultipleResponseItem() {
        var item = item(ItemType.MULTIPLE_RESPONSE, "<p>Które kanały komunikacji z klientem obsługuje moduł"
                + " contact center?</p>",
                key("rozmowy telefoniczne"), key("czat contact center"), distractor("faks przez bramkę e-mail"),
                distractor("poczta tradycyjna"));

        var warnings = QualityChecks.check(item);

        assertEquals(List.of(Check.STEM_WORDS_ONLY_IN_KEY), checks(warnings));
        assertEquals(List.of("contact", "center"), warnings.get(0).arguments());
    }

    @Test
    void needsBothAKeyAndADistractor() {
        var allKeys = item(ItemType.MULTIPLE_RESPONSE, "<p>Które dane klienta są potrzebne do wysyłki?</p>",
                key("adres dostawy klienta"), key("imię i nazwisko klienta"), key("numer telefonu klienta"));

        assertEquals(List.of(), QualityChecks.check(allKeys));
    }
}
