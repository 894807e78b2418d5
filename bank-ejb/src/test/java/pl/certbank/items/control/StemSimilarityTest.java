package pl.certbank.items.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pl.certbank.items.entity.PlainText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.certbank.items.control.QualityWarning.Check;
import pl.certbank.items.control.QualityWarning.SimilarItem;

class StemSimilarityTest {

    private static final String BREACH = "<p>W jakim terminie administrator powinien zgłosić naruszenie ochrony"
            + " danych osobowych organowi nadzorczemu?</p>";

    @Test
    void identicalStemsScoreOne() {
        assertEquals(1.0, StemSimilarity.score(BREACH, BREACH));
        assertEquals(1.0, StemSimilarity.score(BREACH, PlainText.of(BREACH)), "markup is not text");
    }

    @Test
    void ignoresDiacriticsAndCase() {
        assertEquals(1.0, StemSimilarity.score(
                "<p>Kto pełni funkcję inspektora ochrony danych w przedsiębiorstwie?</p>",
                "KTO PELNI FUNKCJE INSPEKTORA OCHRONY DANYCH W PRZEDSIEBIORSTWIE?"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "W ciągu ilu godzin administrator musi zgłosić naruszenie ochrony danych osobowych do organu"
                    + " nadzorczego?",
            "W jakim terminie administrator zgłasza organowi nadzorczemu naruszenie ochrony danych osobowych?"})
    void findsRewordedCopies(String rewording) {
        double score = StemSimilarity.score(BREACH, rewording);

        assertTrue(score >= StemSimilarity.NEAR_DUPLICATE, () -> "score " + score);
    }

    @Test
    void findsACopyWithItsSentenceTurnedAround() {
        double score = StemSimilarity.score(
                "<p>Który moduł systemu CRM służy do rejestrowania zgłoszeń reklamacyjnych klientów?</p>",
                "<p>Do rejestrowania zgłoszeń reklamacyjnych klientów w systemie CRM służy moduł:</p>");

        assertTrue(score >= StemSimilarity.NEAR_DUPLICATE, () -> "score " + score);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Co oznacza skrót CRM?",
            "Które dane klienta należy zapisać w systemie CRM po rozmowie telefonicznej?",
            "Na czym polega segmentacja klientów w systemie CRM?"})
    void unrelatedStemsScoreLow(String other) {
        double score = StemSimilarity.score(BREACH, other);

        assertTrue(score < 0.3, () -> "score " + score);
    }

    @Test
    void differentQuestionsOnOneTemplateAreNoDuplicates() {
        double score = StemSimilarity.score("<p>Co oznacza skrót CRM?</p>", "<p>Co oznacza skrót RODO?</p>");

        assertTrue(score < StemSimilarity.NEAR_DUPLICATE, () -> "score " + score);
    }

    @Test
    void isSymmetric() {
        var other = "Jak długo sklep może przechowywać nagrania rozmów z klientami?";

        assertEquals(StemSimilarity.score(BREACH, other), StemSimilarity.score(other, BREACH));
    }

    @Test
    void distinctiveWordsAreLongFoldedSubjectWordsLongestFirst() {
        var stem = "<p>Które z poniższych działań administratora danych narusza zasadę minimalizacji danych?</p>";

        assertEquals(List.of("administratora", "minimalizacji", "dzialan", "narusza", "danych", "zasade"),
                StemSimilarity.distinctiveWords(stem, 10));
        assertEquals(List.of("administratora", "minimalizacji"), StemSimilarity.distinctiveWords(stem, 2));
        assertEquals(List.of(), StemSimilarity.distinctiveWords(stem, 0));
    }

    @Test
    void nearDuplicateWarningListsTheClosestItemFirst() {
        var warning = StemSimilarity.nearDuplicateWarning(List.of(
                new SimilarItem(7, "CRM-0007", "W ciągu ilu godzin…", 0.62),
                new SimilarItem(3, "CRM-0003", "W jakim terminie…", 0.91)));

        assertEquals(Check.NEAR_DUPLICATE, warning.check());
        assertEquals(List.of("CRM-0003", "CRM-0007"), warning.arguments());
        assertEquals(3, warning.similar().get(0).itemId());
    }
}
