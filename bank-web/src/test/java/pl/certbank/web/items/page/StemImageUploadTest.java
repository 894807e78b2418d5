package pl.certbank.web.items.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StemImageUploadTest {

    @Test
    void theAlternativeTextIsTheFileNameInWords() {
        assertEquals("wykres popytu", StemImageUpload.altText("wykres_popytu.png"));
        assertEquals("lejek sprzedaży", StemImageUpload.altText("C:\\Obrazy\\lejek-sprzedaży.JPG"));
        assertEquals(".png", StemImageUpload.altText(".png"));
        assertEquals("", StemImageUpload.altText(null));
    }
}
