package pl.certbank.printing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import pl.certbank.refusals.Refusal;

/** Uploads told apart by their first bytes: a scanner's PDF of page images, PNG, and what is refused. */
class ScanImagesTest {

    @Test
    void aScannersPdfIsRenderedPageByPageAndReadLikeTheImage() throws Exception {
        assumeTrue(SheetFiller.popplerAvailable(), "poppler-utils (pdftoppm) not installed");
        var snapshot = PaperFixture.snapshot(40);
        PaperCopy copy = PaperFixture.copy(snapshot, 77, 7);
        List<SheetLayout.Page> layout = SheetLayout.of(snapshot, copy.variant());
        List<BufferedImage> pages = SheetFiller.render(AnswerSheetPdf.of(copy), 200);
        // a scanner's PDF: one A4 page per scanned image
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 0, 0, 0, 0);
        PdfWriter.getInstance(document, pdf);
        document.open();
        for (BufferedImage page : pages) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(page, "png", png);
            Image image = Image.getInstance(png.toByteArray());
            image.scaleAbsolute(PageSize.A4.getWidth(), PageSize.A4.getHeight());
            document.newPage();
            document.add(image);
        }
        document.close();
        assertEquals("pdf", ScanImages.kind(pdf.toByteArray()));
        List<ScanImages.Page> read = ScanImages.pages("scan.pdf", pdf.toByteArray());
        assertEquals(pages.size(), read.size());
        for (int i = 0; i < read.size(); i++) {
            assertEquals("scan.pdf #" + (i + 1), read.get(i).source());
            SheetReader.Reading reading = new SheetReader().read(read.get(i).image(), code -> Optional.of(layout.get(
                    code.page() - 1)));
            assertEquals(SheetReader.Status.READ, reading.status(), reading.problem());
            assertEquals(i + 1, reading.code().page());
            assertTrue(new String(read.get(i).stored(), 1, 3, StandardCharsets.ISO_8859_1).equals("PNG"));
        }
    }

    @Test
    void whatIsNoScanIsRefusedBeforeItIsDecoded() {
        assertEquals("BAD_INPUT", kind(() -> ScanImages.pages("x", new byte[0])));
        assertEquals("UNSUPPORTED", kind(() -> ScanImages.pages("x", "{\"a\": 1}".getBytes(
                StandardCharsets.UTF_8))));
        assertEquals("BAD_INPUT", kind(() -> ScanImages.pages("x", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})));
        assertEquals("BAD_INPUT", kind(() -> ScanImages.pages("x", "%PDF-1.4 broken".getBytes(
                StandardCharsets.ISO_8859_1))));
        assertEquals("BAD_INPUT", kind(() -> ScanImages.pages("x", new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0})));
    }

    private static String kind(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(Refusal.class, call).reason().kind().name();
    }
}
