package pl.certbank.delivery.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A result's justification as a printable A4 PDF: the form, the candidate, the snapshot's hash, and the lines of
 * {@link Justification}, in Liberation Sans (embedded, every Polish letter), so that the certification body can hand
 * it to the candidate and file it with the appeal.
 */
public final class JustificationPdf {

    private static final String FONT = "/font-fallback/LiberationSans-Regular.ttf";
    private static final byte[] FONT_BYTES = font();

    private JustificationPdf() {
    }

    /** What the document heads its lines with. */
    public record Heading(String title, String form, String candidate, String attempt, String snapshotHash) {
    }

    public static byte[] of(Heading heading, List<String> lines) {
        try {
            BaseFont base = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    true, FONT_BYTES, null);
            Font text = new Font(base, 11);
            Font title = new Font(base, 16);
            Font small = new Font(base, 8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 56, 56, 56, 56);
            PdfWriter.getInstance(document, out);
            document.addTitle(heading.title());
            document.open();
            Paragraph head = new Paragraph(heading.title(), title);
            head.setAlignment(Element.ALIGN_LEFT);
            head.setSpacingAfter(12);
            document.add(head);
            document.add(new Paragraph(heading.form(), text));
            document.add(new Paragraph(heading.candidate() + " · " + heading.attempt(), text));
            Paragraph hash = new Paragraph("SHA-256: " + heading.snapshotHash(), small);
            hash.setSpacingAfter(12);
            document.add(hash);
            for (String line : lines) {
                Paragraph p = new Paragraph(line, text);
                p.setSpacingAfter(4);
                document.add(p);
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font() {
        try (InputStream in = JustificationPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("OpenPDF's jar lacks " + FONT);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
