package pl.certbank.delivery.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

class JustificationPdfTest {

    @Test
    void everyPolishLetterAndLineIsInThePdfsText() throws Exception {
        String polish = "Zażółć gęślą jaźń – ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż";
        byte[] pdf = JustificationPdf.of(new JustificationPdf.Heading("Uzasadnienie wyniku", "Forma CRM-1",
                "K-001", "a-1", "ab".repeat(32)), List.of(polish, "Efekt uczenia się Z2.1: 0/3 (0%)"));
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains(polish), text);
        assertTrue(text.contains("Efekt uczenia się Z2.1"), text);
        assertTrue(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).contains("/FontFile2"),
                "the font is embedded");
    }
}
