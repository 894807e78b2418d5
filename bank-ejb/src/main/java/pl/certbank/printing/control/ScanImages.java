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
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
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
    /** The largest image a scanned PDF may hold (an A4 page at 1200 dpi is 140 megapixels). */
    public static final int MAX_IMAGE_MEGAPIXELS = 150;
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

    /** Hears the pages of an upload one at a time, so that only one page's pixels are held at once. */
    public interface Pages {
        void page(Page page);
    }

    /** Every page, collected (for tests and small uploads). */
    public static List<Page> pages(String name, byte[] bytes) {
        List<Page> pages = new ArrayList<>();
        each(name, bytes, pages::add);
        return pages;
    }

    /** Decodes the upload's pages one after another and hands each to {@code sink} before decoding the next. */
    public static void each(String name, byte[] bytes, Pages sink) {
        if (bytes == null || bytes.length == 0) {
            throw Refusal.of(PrintingRefusal.UPLOAD_EMPTY);
        }
        String kind = kind(bytes);
        if (kind == null) {
            throw Refusal.of(PrintingRefusal.UPLOAD_TYPE, name);
        }
        try {
            switch (kind) {
                case "pdf" -> pdf(name, bytes, sink);
                case "png", "jpeg" -> decode(name, bytes, 1, image -> sink.page(new Page(name, image, bytes,
                        "image/" + kind)));
                default -> {
                    int[] n = {0};
                    decode(name, bytes, MAX_PAGES, image -> sink.page(new Page(name + " #" + (++n[0]), image,
                            png(image), "image/png")));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof pl.certbank.refusals.Refusal r) {
                throw r;
            }
            throw Refusal.of(PrintingRefusal.UPLOAD_UNREADABLE, name, e.getClass().getSimpleName());
        }
    }

    private static void pdf(String name, byte[] bytes, Pages sink) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int n = document.getNumberOfPages();
            if (n > MAX_PAGES) {
                throw Refusal.of(PrintingRefusal.UPLOAD_PAGES, MAX_PAGES, n);
            }
            PDFRenderer renderer = new PDFRenderer(document);
            // an image far larger than the page is drawn from a subsample: a small file cannot decode into gigabytes
            renderer.setSubsamplingAllowed(true);
            for (int i = 0; i < n; i++) {
                images(document.getPage(i).getResources(), i + 1, 0);
                var box = document.getPage(i).getMediaBox();
                double megapixels = box.getWidth() / 72.0 * PDF_DPI * box.getHeight() / 72.0 * PDF_DPI / 1e6;
                if (megapixels > MAX_MEGAPIXELS) {
                    throw Refusal.of(PrintingRefusal.UPLOAD_PIXELS, MAX_MEGAPIXELS, i + 1,
                            Math.round(megapixels));
                }
                BufferedImage image = renderer.renderImageWithDPI(i, PDF_DPI, ImageType.GRAY);
                sink.page(new Page(name + " #" + (i + 1), image, png(image), "image/png"));
            }
        }
    }

    /** Refuses a page whose images (in its forms too, a few levels deep) are beyond any scan's size. */
    private static void images(PDResources resources, int page, int depth) throws IOException {
        if (resources == null || depth > 3) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                long pixels = (long) image.getWidth() * image.getHeight();
                if (pixels > MAX_IMAGE_MEGAPIXELS * 1_000_000L) {
                    throw Refusal.of(PrintingRefusal.UPLOAD_PIXELS, MAX_IMAGE_MEGAPIXELS, page, pixels / 1_000_000);
                }
            } else if (object instanceof PDFormXObject form) {
                images(form.getResources(), page, depth + 1);
            }
        }
    }

    private static void decode(String name, byte[] bytes, int maxPages,
            java.util.function.Consumer<BufferedImage> sink) throws IOException {
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
                for (int i = 0; i < n; i++) {
                    long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                    if (pixels > MAX_MEGAPIXELS * 1_000_000L) {
                        throw Refusal.of(PrintingRefusal.UPLOAD_PIXELS, MAX_MEGAPIXELS, i + 1, pixels / 1_000_000);
                    }
                    sink.accept(reader.read(i));
                }
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
