package pl.certbank.items.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void foldsPolishDiacriticsIncludingL() {
        assertEquals("zazolc gesla jazn lodz", PlainText.fold("Zażółć gęślą jaźń ŁÓDŹ"));
    }

    @Test
    void htmlBecomesItsVisibleWords() {
        assertEquals("Ochrona danych: art. 5 & 6",
                PlainText.of("<p>Ochrona <strong>danych</strong>:</p> art.&nbsp;5 &amp; 6"));
        assertEquals(List.of("ochrona", "danych", "osobowych"), PlainText.words("Ochrona danych, osobowych!"));
    }
}
