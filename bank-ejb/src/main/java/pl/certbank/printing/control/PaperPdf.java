package pl.certbank.printing.control;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;

/**
 * What every paper document shares: A4, Liberation Sans embedded as a subset (every Polish letter), millimetre
 * drawing helpers, QR codes drawn as vector boxes, and byte-identical output for the same input. OpenPDF otherwise
 * stamps the current time, a random document id and a random font-subset prefix; here the dates are the snapshot's
 * publication time, the id is derived from the document's own identity (SHA-256 of {@code identity}), and the prefix
 * comes from a generator seeded with that identity. Fonts are parsed once per thread and one document is written at a
 * time per thread, so the seeded prefix is never shared between two documents being written.
 */
public final class PaperPdf {

    static final float MM = 72f / 25.4f;
    private static final String REGULAR = "/font-fallback/LiberationSans-Regular.ttf";
    private static final byte[] REGULAR_BYTES = bytes(REGULAR);
    private static final ThreadLocal<BaseFont> FONT = ThreadLocal.withInitial(PaperPdf::parseFont);

    private final Document document;
    private final PdfWriter writer;
    private final BaseFont font;

    private PaperPdf(Document document, PdfWriter writer, BaseFont font) {
        this.document = document;
        this.writer = writer;
        this.font = font;
    }

    /**
     * Opens a document written to {@code out}. {@code identity} names what the document is (form, variant or copy,
     * kind), {@code published} is the fixed date it carries.
     */
    public static PaperPdf open(OutputStream out, String title, String identity, java.time.Instant published) {
        try {
            BaseFont font = FONT.get();
            byte[] id = sha256(identity);
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(id);
            font.setSecureRandom(random);
            Document document = new Document(PageSize.A4, 0, 0, 0, 0);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCompressionLevel(6);
            GregorianCalendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            date.setTimeInMillis(published.toEpochMilli());
            document.addTitle(title);
            document.addCreator("CertBank");
            document.addProducer("CertBank (OpenPDF)");
            document.addCreationDate(new PdfDate(date));
            document.addModificationDate(new PdfDate(date));
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
            document.open();
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(date));
            writer.getInfo().put(PdfName.MODDATE, new PdfDate(date));
            writer.getInfo().put(PdfName.PRODUCER, new PdfString("CertBank (OpenPDF)"));
            return new PaperPdf(document, writer, font);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public BaseFont font() {
        return font;
    }

    public Document document() {
        return document;
    }

    public PdfWriter writer() {
        return writer;
    }

    /** Starts another page. */
    public void newPage() {
        document.newPage();
    }

    /** The drawing surface of the current page. */
    public PdfContentByte canvas() {
        return writer.getDirectContent();
    }

    /** Writes {@code text} with its left edge at x and baseline at y (millimetres from the top-left corner). */
    public void text(double x, double y, double size, String text) {
        text(x, y, size, false, text);
    }

    /** As {@link #text(double, double, double, String)}, bold drawn as filled and stroked glyphs (one font file). */
    public void text(double x, double y, double size, boolean bold, String text) {
        PdfContentByte c = canvas();
        c.beginText();
        c.setFontAndSize(font, (float) size);
        if (bold) {
            c.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
            c.setLineWidth((float) (size / 30));
        }
        c.setTextMatrix(px(x), py(y));
        c.showText(text);
        if (bold) {
            c.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
        }
        c.endText();
    }

    /** Writes {@code text} right-aligned at x. */
    public void textRight(double x, double y, double size, String text) {
        PdfContentByte c = canvas();
        c.beginText();
        c.setFontAndSize(font, (float) size);
        c.showTextAligned(PdfContentByte.ALIGN_RIGHT, text, px(x), py(y), 0);
        c.endText();
    }

    /** The width of {@code text} in millimetres. */
    public double width(String text, double size) {
        return font.getWidthPoint(text, (float) size) / MM;
    }

    public void fillSquare(double cx, double cy, double side) {
        PdfContentByte c = canvas();
        c.rectangle(px(cx - side / 2), py(cy + side / 2), (float) (side * MM), (float) (side * MM));
        c.fill();
    }

    public void rectangle(double x, double y, double width, double height, double line) {
        PdfContentByte c = canvas();
        c.setLineWidth((float) (line * MM));
        c.rectangle(px(x), py(y + height), (float) (width * MM), (float) (height * MM));
        c.stroke();
    }

    public void circle(double cx, double cy, double r, double line) {
        PdfContentByte c = canvas();
        c.setLineWidth((float) (line * MM));
        c.circle(px(cx), py(cy), (float) (r * MM));
        c.stroke();
    }

    public void fillCircle(double cx, double cy, double r) {
        PdfContentByte c = canvas();
        c.circle(px(cx), py(cy), (float) (r * MM));
        c.fill();
    }

    public void line(double x1, double y1, double x2, double y2, double line) {
        PdfContentByte c = canvas();
        c.setLineWidth((float) (line * MM));
        c.moveTo(px(x1), py(y1));
        c.lineTo(px(x2), py(y2));
        c.stroke();
    }

    /** A QR code of {@code text} (error correction M) filling a square of {@code size} mm, quiet zone included. */
    public void qr(String text, double x, double y, double size) {
        try {
            ByteMatrix matrix = Encoder.encode(text, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name())).getMatrix();
            int modules = matrix.getWidth() + 8;
            double module = size / modules;
            PdfContentByte c = canvas();
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row) == 1) {
                        double mx = x + (col + 4) * module;
                        double my = y + (row + 4) * module;
                        c.rectangle(px(mx), py(my + module), (float) (module * MM), (float) (module * MM));
                    }
                }
            }
            c.fill();
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code holds " + text, e);
        }
    }

    /** Closes the document, which writes it out. */
    public void close() {
        document.close();
    }

    static float px(double mm) {
        return (float) (mm * MM);
    }

    static float py(double mm) {
        return (float) ((SheetLayout.HEIGHT - mm) * MM);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BaseFont parseFont() {
        try {
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    REGULAR_BYTES, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = PaperPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenPDF's jar lacks " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
