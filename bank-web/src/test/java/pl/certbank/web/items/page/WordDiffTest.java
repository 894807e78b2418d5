package pl.certbank.web.items.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void marksInsertedAndDeletedWordsOnly() {
        assertEquals("Co to <del>jest</del> <ins>znaczy</ins> CRM?",
                WordDiff.html("Co to jest CRM?", "Co to znaczy CRM?"));
    }

    @Test
    void escapesHtmlInTheWords() {
        assertEquals("a <ins>&lt;b&gt;</ins>", WordDiff.html("a", "a <b>"));
    }
}
