package pl.certbank.printing.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads one scanned answer-sheet page, in pure Java: finds the four registration marks (solid squares near the
 * corners, found as dark connected blobs of the right size and fill), maps sheet millimetres to pixels by the
 * homography they fix (shift, scale, rotation and skew alike), reads the QR code where the map puts it (trying the
 * page upside down when it is not there), asks which layout page the code names, and measures every bubble's darkness
 * against the paper white around it ({@link Mark} gives the thresholds). It guesses nothing: a page whose marks or
 * code cannot be found is reported as such, without darkness.
 */
public final class SheetReader {

    /** What a page read gave. */
    public enum Status {
        READ,
        /** The registration marks were found but no QR code could be read. */
        NO_QR,
        /** A QR code was read, but it is no CertBank answer sheet's. */
        NOT_OURS,
        /** A CertBank code of a copy or page the bank does not know (or of another form's hash). */
        UNKNOWN_PAGE,
        /** The four registration marks were not found: not a sheet, or cut off. */
        NO_MARKS
    }

    /**
     * The result: the QR text and code, the mm→pixel homography of the image as given (also when it lay upside down),
     * each bubble's darkness by its index on the layout page, and why not, when the status is not READ.
     */
    public record Reading(Status status, String qrText, SheetCode code, double[] homography, double[] darkness,
            int width, int height, boolean upsideDown, String problem) {

        public Mark mark(int bubble) {
            return Mark.of(darkness[bubble]);
        }
    }

    /** How far (mm) from its printed place a mark is looked for: a turn of 3° moves a corner by about 9 mm. */
    static final double SEARCH = 16;

    private SheetReader() {
    }

    public static Reading read(BufferedImage image, Function<SheetCode, Optional<SheetLayout.Page>> pages) {
        Grey grey = Grey.of(image);
        int w = grey.width;
        int h = grey.height;
        // the page is assumed to be A4 scanned whole: its width gives the resolution
        double scale = Math.min(w / SheetLayout.WIDTH, h / SheetLayout.HEIGHT);
        int white = grey.percentile(0.90);
        int threshold = white / 2;
        double[][] found = new double[4][];
        double[][] corners = {{0, 0}, {w, 0}, {0, h}, {w, h}};
        for (int i = 0; i < 4; i++) {
            found[i] = mark(grey, corners[i], scale, threshold);
            if (found[i] == null) {
                return new Reading(Status.NO_MARKS, null, null, null, null, w, h, false,
                        "registration mark " + (i + 1) + " of 4 not found");
            }
        }
        double[][] sheet = SheetLayout.MARKS;
        Homography upright = Homography.fit(sheet, found);
        // turned: the printed top-left mark lies at the image's bottom right, and so on
        double[][] turned = {found[3], found[2], found[1], found[0]};
        Homography flipped = Homography.fit(sheet, turned);
        if (upright == null || flipped == null) {
            return new Reading(Status.NO_MARKS, null, null, null, null, w, h, false, "registration marks degenerate");
        }
        boolean upsideDown = false;
        Homography map = upright;
        String text = qr(grey, upright);
        if (text == null) {
            text = qr(grey, flipped);
            if (text != null) {
                upsideDown = true;
                map = flipped;
            }
        }
        double[] homography = map.values();
        if (text == null) {
            return new Reading(Status.NO_QR, null, null, homography, null, w, h, false, "QR code not readable");
        }
        Optional<SheetCode> code = SheetCode.parse(text);
        if (code.isEmpty()) {
            return new Reading(Status.NOT_OURS, text, null, homography, null, w, h, upsideDown,
                    "the QR code is not a CertBank sheet's");
        }
        Optional<SheetLayout.Page> page = pages.apply(code.get());
        if (page.isEmpty()) {
            return new Reading(Status.UNKNOWN_PAGE, text, code.get(), homography, null, w, h, upsideDown,
                    "no copy or page of the bank has the code " + text);
        }
        List<SheetLayout.Bubble> bubbles = page.get().bubbles();
        double ink = inkLevel(grey, map);
        double[] darkness = new double[bubbles.size()];
        for (SheetLayout.Bubble bubble : bubbles) {
            darkness[bubble.index()] = darkness(grey, map, bubble.x(), bubble.y(), ink);
        }
        return new Reading(Status.READ, text, code.get(), homography, darkness, w, h, upsideDown, null);
    }

    /** The centre of the registration mark nearest the image corner, or null. */
    static double[] mark(Grey grey, double[] corner, double scale, int threshold) {
        double expected = 10 * scale;
        int reach = (int) Math.ceil((10 + SEARCH) * scale);
        int x0 = corner[0] == 0 ? 0 : grey.width - reach;
        int y0 = corner[1] == 0 ? 0 : grey.height - reach;
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        int x1 = Math.min(grey.width, x0 + reach);
        int y1 = Math.min(grey.height, y0 + reach);
        int bw = x1 - x0;
        int bh = y1 - y0;
        int[] label = new int[bw * bh];
        int[] stack = new int[bw * bh];
        double side = SheetLayout.MARK * scale;
        double best = Double.MAX_VALUE;
        double[] centre = null;
        int next = 0;
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                int at = y * bw + x;
                if (label[at] != 0 || grey.get(x0 + x, y0 + y) >= threshold) {
                    continue;
                }
                next++;
                int top = 0;
                stack[top++] = at;
                label[at] = next;
                long count = 0;
                double sx = 0;
                double sy = 0;
                int minX = x;
                int maxX = x;
                int minY = y;
                int maxY = y;
                while (top > 0) {
                    int p = stack[--top];
                    int px = p % bw;
                    int py = p / bw;
                    count++;
                    sx += px;
                    sy += py;
                    minX = Math.min(minX, px);
                    maxX = Math.max(maxX, px);
                    minY = Math.min(minY, py);
                    maxY = Math.max(maxY, py);
                    int[] neighbours = {p - 1, p + 1, p - bw, p + bw};
                    for (int k = 0; k < 4; k++) {
                        int q = neighbours[k];
                        if (q < 0 || q >= label.length || label[q] != 0) {
                            continue;
                        }
                        if ((k == 0 && px == 0) || (k == 1 && px == bw - 1)) {
                            continue;
                        }
                        if (grey.get(x0 + q % bw, y0 + q / bw) < threshold) {
                            label[q] = next;
                            stack[top++] = q;
                        }
                    }
                }
                boolean cut = x0 + minX == 0 || y0 + minY == 0 || x0 + maxX == grey.width - 1
                        || y0 + maxY == grey.height - 1;
                if (cut) {
                    // a mark cut off by the image's edge has a false centre: better no mark than a wrong map
                    continue;
                }
                double width = maxX - minX + 1;
                double height = maxY - minY + 1;
                double area = side * side;
                // a square turned by a few degrees: its box a little larger, its area that of the printed square
                if (width < side * 0.7 || width > side * 1.45 || height < side * 0.7 || height > side * 1.45
                        || count < area * 0.6 || count > area * 1.5 || count < width * height * 0.75) {
                    continue;
                }
                double cx = x0 + sx / count;
                double cy = y0 + sy / count;
                double ex = corner[0] == 0 ? expected : grey.width - expected;
                double ey = corner[1] == 0 ? expected : grey.height - expected;
                double distance = Math.hypot(cx - ex, cy - ey);
                if (distance < best) {
                    best = distance;
                    centre = new double[] {cx + 0.5, cy + 0.5};
                }
            }
        }
        return centre;
    }

    private static final Map<DecodeHintType, Object> HINTS = new EnumMap<>(Map.of(DecodeHintType.TRY_HARDER,
            Boolean.TRUE, DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)));

    /** The QR code's text where the map puts it, or null. */
    static String qr(Grey grey, Homography map) {
        double margin = 4;
        double[][] box = {{SheetLayout.QR_X - margin, SheetLayout.QR_Y - margin},
                {SheetLayout.QR_X + SheetLayout.QR_SIZE + margin, SheetLayout.QR_Y - margin},
                {SheetLayout.QR_X - margin, SheetLayout.QR_Y + SheetLayout.QR_SIZE + margin},
                {SheetLayout.QR_X + SheetLayout.QR_SIZE + margin, SheetLayout.QR_Y + SheetLayout.QR_SIZE + margin}};
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] p : box) {
            double[] q = map.apply(p[0], p[1]);
            minX = Math.min(minX, q[0]);
            minY = Math.min(minY, q[1]);
            maxX = Math.max(maxX, q[0]);
            maxY = Math.max(maxY, q[1]);
        }
        int left = (int) Math.max(0, Math.floor(minX));
        int top = (int) Math.max(0, Math.floor(minY));
        int right = (int) Math.min(grey.width, Math.ceil(maxX));
        int bottom = (int) Math.min(grey.height, Math.ceil(maxY));
        if (right - left < 20 || bottom - top < 20) {
            return null;
        }
        LuminanceSource source = new PlanarYUVLuminanceSource(grey.pixels, grey.width, grey.height, left, top,
                right - left, bottom - top, false);
        QRCodeReader reader = new QRCodeReader();
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                BinaryBitmap bitmap = new BinaryBitmap(attempt == 0 ? new HybridBinarizer(source)
                        : new GlobalHistogramBinarizer(source));
                Result result = reader.decode(bitmap, HINTS);
                return result.getText();
            } catch (com.google.zxing.NotFoundException | com.google.zxing.ChecksumException
                    | com.google.zxing.FormatException e) {
                reader.reset();
            }
        }
        return null;
    }

    /** The grey level of ink: the registration marks' inside. */
    static double inkLevel(Grey grey, Homography map) {
        List<Integer> values = new ArrayList<>();
        for (double[] mark : SheetLayout.MARKS) {
            for (double dx = -1.5; dx <= 1.5; dx += 0.5) {
                for (double dy = -1.5; dy <= 1.5; dy += 0.5) {
                    double[] p = map.apply(mark[0] + dx, mark[1] + dy);
                    values.add(grey.at(p[0], p[1]));
                }
            }
        }
        values.sort(null);
        return values.get(values.size() / 2);
    }

    /**
     * The bubble's darkness: the mean ink inside its inner disk, each pixel scaled between the paper white around the
     * bubble (the brighter pixels of a ring just outside the printed circle) and the ink level.
     */
    static double darkness(Grey grey, Homography map, double x, double y, double ink) {
        double[] c = map.apply(x, y);
        double s = map.scale(x, y);
        double r = SheetLayout.RADIUS * s;
        double inner = r * Mark.INNER;
        // the paper around: a ring from 1.2 to 1.5 radii, its brighter three quarters (labels may reach into it)
        List<Integer> ring = new ArrayList<>();
        int reach = (int) Math.ceil(r * 1.5);
        int cx = (int) Math.round(c[0]);
        int cy = (int) Math.round(c[1]);
        double total = 0;
        int n = 0;
        List<Integer> inside = new ArrayList<>();
        for (int dy = -reach; dy <= reach; dy++) {
            for (int dx = -reach; dx <= reach; dx++) {
                int px = cx + dx;
                int py = cy + dy;
                if (px < 0 || py < 0 || px >= grey.width || py >= grey.height) {
                    continue;
                }
                double d = Math.hypot(px + 0.5 - c[0], py + 0.5 - c[1]);
                if (d <= inner) {
                    inside.add(grey.get(px, py));
                } else if (d >= r * 1.2 && d <= r * 1.5) {
                    ring.add(grey.get(px, py));
                }
            }
        }
        if (inside.isEmpty() || ring.isEmpty()) {
            return 0;
        }
        ring.sort(null);
        double paper = ring.get((int) (ring.size() * 0.75));
        double range = Math.max(40, paper - ink);
        for (int v : inside) {
            // ink weighted by its own darkness: a grey smudge counts for less than a pen stroke
            double d = Math.max(0, Math.min(1, (paper - v) / range));
            total += d * d;
            n++;
        }
        return total / n;
    }

    /** A page as 8-bit grey levels. */
    static final class Grey {
        final byte[] pixels;
        final int width;
        final int height;

        Grey(byte[] pixels, int width, int height) {
            this.pixels = pixels;
            this.width = width;
            this.height = height;
        }

        static Grey of(BufferedImage image) {
            int w = image.getWidth();
            int h = image.getHeight();
            if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                    && image.getRaster().getDataBuffer() instanceof DataBufferByte data
                    && data.getData().length == w * h) {
                return new Grey(data.getData(), w, h);
            }
            BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            grey.getGraphics().drawImage(image, 0, 0, null);
            return new Grey(((DataBufferByte) grey.getRaster().getDataBuffer()).getData(), w, h);
        }

        int get(int x, int y) {
            return pixels[y * width + x] & 0xFF;
        }

        /** The grey level at a point (nearest pixel), white outside the image. */
        int at(double x, double y) {
            int px = (int) x;
            int py = (int) y;
            return px < 0 || py < 0 || px >= width || py >= height ? 255 : get(px, py);
        }

        /** The level below which {@code share} of a sample of the pixels lie. */
        int percentile(double share) {
            int[] histogram = new int[256];
            int step = Math.max(1, pixels.length / 200_000);
            int n = 0;
            for (int i = 0; i < pixels.length; i += step) {
                histogram[pixels[i] & 0xFF]++;
                n++;
            }
            int seen = 0;
            for (int v = 0; v < 256; v++) {
                seen += histogram[v];
                if (seen >= share * n) {
                    return v;
                }
            }
            return 255;
        }
    }
}
