package pl.certbank.items.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StemSanitizerTest {

    @Test
    void scriptsAndEventHandlersAreRemoved() {
        String clean = StemSanitizer.sanitise("<p onclick=\"steal()\">Który <strong>NIE</strong> jest?"
                + "<script>alert(1)</script><img src=\"x\" onerror=\"alert(2)\"></p>");
        assertFalse(clean.contains("script"), clean);
        assertFalse(clean.contains("onerror"), clean);
        assertFalse(clean.contains("onclick"), clean);
        assertFalse(clean.contains("alert"), clean);
        assertTrue(clean.contains("<strong>NIE</strong>"), clean);
    }

    @Test
    void onlyTheBanksOwnImagesStay() {
        assertEquals("<p><img src=\"/bank/api/v1/images/42\" alt=\"lejek\" /></p>",
                StemSanitizer.sanitise("<p><img src=\"/bank/api/v1/images/42\" alt=\"lejek\"></p>"));
        assertFalse(StemSanitizer.sanitise("<img src=\"https://evil.example/x.png\">").contains("evil"));
    }

    @Test
    void aBankImageKeepsItsAddressButLosesItsHandlers() {
        String clean = StemSanitizer
                .sanitise("<img src=\"/bank/api/v1/images/7\" onerror=\"alert(1)\" alt=\"wykres\">");
        assertEquals("<img src=\"/bank/api/v1/images/7\" alt=\"wykres\" />", clean);
        assertFalse(StemSanitizer.sanitise("<img src=\"/bank/api/v1/images/7?x=1\">").contains("src"));
        assertFalse(StemSanitizer.sanitise("<img src=\"//evil.example/bank/api/v1/images/7\">").contains("evil"));
    }

    @Test
    void polishTextAndListsSurvive() {
        String html = "<p>Zażółć gęślą jaźń:</p><ul><li>zgoda</li><li>umowa</li></ul>";
        assertEquals(html, StemSanitizer.sanitise(html));
    }
}
