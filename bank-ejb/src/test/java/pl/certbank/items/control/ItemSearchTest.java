package pl.certbank.items.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItemSearchTest {

    @Test
    void oneLetterWordsNarrowNothingAndAreLeftOut() {
        assertEquals(List.of("zgodnie", "rodo"), ItemSearch.searchWords("Zgodnie z RODO"));
        assertEquals(List.of("crm"), ItemSearch.searchWords("w CRM"));
    }

    @Test
    void aQueryOfOnlyOneLetterWordsKeepsThem() {
        assertEquals(List.of("a", "b"), ItemSearch.searchWords("a B"));
    }

    @Test
    void wordsAreFoldedLikeTheIndex() {
        assertEquals(List.of("zolta", "lodz"), ItemSearch.searchWords("Żółta ŁÓDŹ"));
        assertEquals(List.of(), ItemSearch.searchWords("  "));
    }
}
