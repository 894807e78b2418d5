package pl.certbank.printing.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import pl.certbank.printing.entity.PrintingRefusal;
import pl.certbank.refusals.Refusal;

/**
 * The pages of an uploaded scan, told apart by their first bytes (not by name or declared type): a multi-page PDF
 * (rendered at {@value #PDF_DPI} dpi in grey), PNG, JPEG, or a multi-page TIFF. Each page comes with the bytes that are
 * kept of it: an uploaded PNG or JPEG as it is, a PDF or TIFF page as a grey PNG. Pages beyond {@link #MAX_PAGES} and
 * images above {@link #MAX_MEGAPIXELS} are refused before they are decoded, so a small file cannot explode into
 * gigabytes of pixels.
 */
public final class ScanImages {

    public static final int MAX_PAGES = 200;
    public static final int MAX_MEGAPIXELS = 40;
    static final int PDF_DPI = 200;

    private ScanImages() {
    }

    /** One page: where it came from in the upload, its pixels, and the bytes to keep. */
    public record Page(String source, BufferedImage image, byte[] stored, String storedType) {
    }

    /** The upload's kind, by its first bytes; null when it is none the bank reads. */
    public static String kind(byte[] bytes) {
        if (starts(bytes, 0x25, 0x50, 0x44, 0x46)) {
            return "pdf";
        }
        if (starts(bytes, 0x89, 0x50, 0x4E, 0x47)) {
            return "png";
        }
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return "jpeg";
        }
        if (starts(bytes, 0x49, 0x49, 0x2A, 0x00) || starts(bytes, 0x4D, 0x4D, 0x00, 0x2A)) {
            return "tiff";
        }
        return null;
    }

    public static List<Page> pages(String name, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw Refusal.of(PrintingRefusal.UPLOAD_EMPTY);
        }
        String kind = kind(bytes);
        if (kind == null) {
            throw Refusal.of(PrintingRefusal.UPLOAD_TYPE, name);
        }
        try {
            return switch (kind) {
                case "pdf" -> pdf(name, bytes);
                case "png", "jpeg" -> List.of(new Page(name, decode(name, bytes, 1).get(0), bytes, "image/" + kind));
                default -> decode(name, bytes, MAX_PAGES).stream().map(image -> new Page(name, image, png(image),
                        "image/png")).toList();
            };
        } catch (IOException | RuntimeException e) {
            if (e instanceof pl.certbank.refusals.Refusal r) {
                throw r;
            }
            throw Refusal.of(PrintingRefusal.UPLOAD_UNREADABLE, name, e.getClass().getSimpleName());
        }
    }

    private static List<Page> pdf(String name, byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int n = document.getNumberOfPages();
            if (n > MAX_PAGES) {
                throw Refusal.of(PrintingRefusal.UPLOAD_PAGES, MAX_PAGES, n);
            }
            PDFRenderer renderer = new PDFRenderer(document);
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                var box = document.getPage(i).getMediaBox();
                double megapixels = box.getWidth() / 72.0 * PDF_DPI * box.getHeight() / 72.0 * PDF_DPI / 1e6;
                if (megapixels > MAX_MEGAPIXELS) {
                    throw Refusal.of(PrintingRefusal.UPLOAD_PIXELS, MAX_MEGAPIXELS, i + 1,
                            Math.round(megapixels));
                }
                BufferedImage image = renderer.renderImageWithDPI(i, PDF_DPI, ImageType.GRAY);
                pages.add(new Page(name + " #" + (i + 1), image, png(image), "image/png"));
            }
            return pages;
        }
    }

    private static List<BufferedImage> decode(String name, byte[] bytes, int maxPages) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw Refusal.of(PrintingRefusal.UPLOAD_UNREADABLE, name, "no reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                int n = reader.getNumImages(true);
                if (n > maxPages) {
                    throw Refusal.of(PrintingRefusal.UPLOAD_PAGES, maxPages, n);
                }
                List<BufferedImage> images = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                    if (pixels > MAX_MEGAPIXELS * 1_000_000L) {
                        throw Refusal.of(PrintingRefusal.UPLOAD_PIXELS, MAX_MEGAPIXELS, i + 1, pixels / 1_000_000);
                    }
                    images.add(reader.read(i));
                }
                return images;
            } finally {
                reader.dispose();
            }
        }
    }

    /** A grey PNG of the image. */
    public static byte[] png(BufferedImage image) {
        BufferedImage grey = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY && image.getType() != BufferedImage.TYPE_BYTE_BINARY) {
            grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            grey.getGraphics().drawImage(image, 0, 0, null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(grey, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static boolean starts(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
