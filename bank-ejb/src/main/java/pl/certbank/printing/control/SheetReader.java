package pl.certbank.printing.control;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.LuminanceSource;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.Raster;
import java.awt.image.SampleModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads one scanned page of an answer sheet ({@link AnswerSheetPdf}): which page of which copy it is, from its QR code
 * ({@link SheetCode}), and how dark each of its bubbles is ({@link Mark} turns darkness into a mark). Pure Java
 * ({@code java.awt.image} and ZXing); one instance serves any number of threads.
 *
 * <p>
 * Steps. The image is taken as 8-bit grey (greyscale and 1-bit black-and-white scans as they are, colour by its luma).
 * Each corner region (the {@value #CORNER_REACH} mm nearest to each image corner, at the scale of an A4 page filling
 * the image) is thresholded by Otsu's method and searched for a dark blob shaped like a registration mark: a solid
 * square of about {@link SheetLayout#MARK} mm, at most {@value #MARK_TOLERANCE} times off in size, filling at least
 * {@value #MARK_FILL} of its bounding box; the one nearest its nominal place wins and its centroid is the mark's
 * centre. The four centres give the homography from sheet millimetres to pixels, once for the page upright and once for
 * it turned by 180° (the marks are symmetric). The QR code is read with ZXing (HybridBinarizer, then
 * GlobalHistogramBinarizer, TRY_HARDER, then both again on a 3×3 median of the crop) from the crop around where each of
 * the two says it is, the darker place first; the finder patterns ZXing reports then confirm which way up the page is.
 * Without four marks the QR code is still looked for at its nominal places, so that a page whose marks are damaged is
 * named in {@link Status#NO_MARKS}. The code is parsed, {@code pages} gives the layout of that page, and each bubble is
 * measured.
 *
 * <p>
 * Measuring a bubble. Its centre is first moved (at most {@value #SEARCH} mm) to where the printed circle is found,
 * which absorbs the uneven stretch of a scanner's paper feed. Paper white is measured around the bubble (the
 * {@value #WHITE_PERCENTILE} quantile of the ring {@value #WHITE_FROM}–{@value #WHITE_TO} mm from its centre), ink
 * black on the registration marks, so that darker and lighter copies read alike. Inside the disc of radius
 * {@value #INNER} mm (the printed outline, radius {@link SheetLayout#RADIUS} mm, left out) every pixel gets an ink
 * level (paper 0, black 1); it is dark from {@value #DARK_INK}, grey from {@value #FAINT_INK} to below that. Of the
 * disc's pixels:
 * <ul>
 * <li>darkShare is the share that is dark;</li>
 * <li>solidShare the share that is dark with the square of side 2×{@value #SOLID} mm around it dark (all but 1 in 25 of
 * its pixels, for specks of noise): solid ink, wider than a pen stroke, so that a cross leaves it under 0.01 and a
 * half-filled circle does not;</li>
 * <li>greyShare the share that is grey.</li>
 * </ul>
 * darkness = 1 − (1 − darkShare)(1 − solidShare³): a cross of 0.4–0.7 mm strokes gives 0.24–0.47 ({@link Mark#MARKED}),
 * a blackened circle 1 ({@link Mark#CANCELLED}); solid ink lifts a circle blackened with a little paper showing (cubed,
 * so that it lifts a nearly solid circle and hardly a half-filled one). Two rules keep what is neither a cross nor a
 * blackened circle out of those bands: when solidShare is at least {@value #SOLID_SHARE} (solid ink, a half-filled or
 * partly blackened circle), and when greyShare is at least {@value #GREY_SHARE} and at least darkShare (faint grey: a
 * pencil residue, a light fill or cross, which would otherwise read as paper or as a cross), darkness is raised to at
 * least {@value #RESIDUE}, the middle of the upper {@link Mark#AMBIGUOUS} band, so that re-tuning the bands a little
 * keeps it there. So is a wide patch of mid-grey that a darker copy has made "dark": when darkShare is at least
 * {@value #WEAK_SHARE} and its dark pixels' mean ink level is under {@value #WEAK_INK} (a pen's ink is near the marks'
 * black). A crossed then half-filled circle reads 0.71–0.86.
 *
 * <p>
 * The page must lie upright or upside down (skew of a few degrees and a shift of some millimetres are fine); a page
 * turned by 90° is not found. Darkness is NaN for a bubble whose surroundings leave the image.
 */
public final class SheetReader {

    /** How far from each image corner a registration mark is looked for, mm. */
    public static final double CORNER_REACH = 42;
    /** How far off its nominal size (either way, as a factor) a registration mark may be. */
    public static final double MARK_TOLERANCE = 1.45;
    /** The least share of its bounding box a registration mark fills. */
    public static final double MARK_FILL = 0.72;
    /** Margin around the QR code's place read for it, mm (more when the marks are missing). */
    public static final double QR_MARGIN = 2;
    /** Radius of the disc measured inside a bubble, mm: the printed outline (0.25 mm) is left out. */
    public static final double INNER = 1.75;
    /** The ring where paper white is measured around a bubble, mm from its centre. */
    public static final double WHITE_FROM = 2.6;
    public static final double WHITE_TO = 3.3;
    /** The quantile of the ring's grey levels taken as paper white (robust to neighbours' ink and labels). */
    public static final double WHITE_PERCENTILE = 0.8;
    /** How far a bubble's centre may move to meet its printed circle, mm. */
    public static final double SEARCH = 0.6;
    /** Ink level (paper 0, black 1) from which a pixel is dark. */
    public static final double DARK_INK = 0.5;
    /** Ink level from which a pixel is grey (up to {@link #DARK_INK}). */
    public static final double FAINT_INK = 0.22;
    /** Half the side of the square that must be dark all over around a solid pixel, mm. */
    public static final double SOLID = 0.5;
    /** The least solidShare that counts as solid ink (a pen cross leaves under 0.01). */
    public static final double SOLID_SHARE = 0.05;
    /** The least greyShare that counts as a faint residue. */
    public static final double GREY_SHARE = 0.06;
    /** The darkness solid ink or a faint residue is raised to at least: the middle of the upper ambiguous band. */
    public static final double RESIDUE = 0.71;
    /** The least darkShare from which dark pixels whose mean ink level is under {@link #WEAK_INK} count as a residue. */
    public static final double WEAK_SHARE = 0.15;
    /** The mean ink level (paper 0, the marks' black 1) under which dark pixels are grey, not a pen's ink. */
    public static final double WEAK_INK = 0.72;

    /** How a page was read. */
    public enum Status {
        /** Read: the page is known and its bubbles measured. */
        READ,
        /** No QR code found. */
        NO_QR,
        /** A QR code, but not one of CertBank's sheet codes. */
        NOT_OURS,
        /** A sheet code of a page the caller does not know. */
        UNKNOWN_PAGE,
        /** The page is known but its registration marks were not found, so its bubbles cannot be located. */
        NO_MARKS
    }

    /**
     * What was read from one image: the status, the QR code's text and the sheet code it parses to (null when not
     * found), the homography from sheet millimetres to image pixels (see {@link Homography}; null unless both the
     * marks and the QR code were found), each bubble's darkness by its index on the page (empty unless
     * {@link Status#READ}; see {@link Mark#of(double)}), the image's size in pixels, whether the page lay upside down
     * (turned by 180°), and what went wrong (English, null when read).
     */
    public record Reading(Status status, String qrText, SheetCode code, double[] homography, double[] darkness,
            int width, int height, boolean upsideDown, String problem) {

        public Reading {
            Objects.requireNonNull(status);
            homography = homography == null ? null : homography.clone();
            darkness = darkness == null ? new double[0] : darkness.clone();
        }

        @Override
        public double[] homography() {
            return homography == null ? null : homography.clone();
        }

        @Override
        public double[] darkness() {
            return darkness.clone();
        }

        /** The mark bubble {@code index} holds, by {@link Mark#of(double)}. */
        public Mark mark(int index) {
            return Mark.of(darkness[index]);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Reading r && status == r.status && Objects.equals(qrText, r.qrText)
                    && Objects.equals(code, r.code) && Arrays.equals(homography, r.homography)
                    && Arrays.equals(darkness, r.darkness) && width == r.width && height == r.height
                    && upsideDown == r.upsideDown && Objects.equals(problem, r.problem);
        }

        @Override
        public int hashCode() {
            return Objects.hash(status, qrText, code, Arrays.hashCode(homography), Arrays.hashCode(darkness), width,
                    height, upsideDown, problem);
        }

        @Override
        public String toString() {
            return "Reading[" + status + ", " + qrText + ", " + width + "×" + height + (upsideDown ? ", upside down"
                    : "") + ", " + darkness.length + " bubbles" + (problem == null ? "" : ", " + problem) + "]";
        }
    }

    private static final String[] CORNERS = {"top left", "top right", "bottom left", "bottom right"};
    private static final int RING_ANGLES = 32;
    private static final double[] COS = new double[RING_ANGLES];
    private static final double[] SIN = new double[RING_ANGLES];
    private static final Map<DecodeHintType, Object> HINTS = new EnumMap<>(DecodeHintType.class);

    static {
        for (int i = 0; i < RING_ANGLES; i++) {
            COS[i] = Math.cos(2 * Math.PI * i / RING_ANGLES);
            SIN[i] = Math.sin(2 * Math.PI * i / RING_ANGLES);
        }
        HINTS.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        HINTS.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        HINTS.put(DecodeHintType.CHARACTER_SET, "UTF-8");
    }

    /** Reads {@code image}; {@code pages} gives the layout of the page a sheet code names, or nothing. */
    public Reading read(BufferedImage image, Function<SheetCode, Optional<SheetLayout.Page>> pages) {
        Grey grey = Grey.of(image);
        int w = grey.width;
        int h = grey.height;
        double scale = Math.sqrt((double) w * h / (SheetLayout.WIDTH * SheetLayout.HEIGHT));
        Blob[] marks = new Blob[4];
        double paperWhite = 0;
        List<String> missing = new ArrayList<>();
        int[][] work = new int[2][];
        for (int corner = 0; corner < 4; corner++) {
            Region region = new Region(grey, corner, scale);
            paperWhite += region.paper / 4.0;
            marks[corner] = region.mark(scale, work);
            if (marks[corner] == null) {
                missing.add(CORNERS[corner]);
            }
        }
        double[] upright = null;
        double[] turned = null;
        String marksProblem = null;
        if (missing.isEmpty()) {
            upright = homography(marks, false);
            turned = homography(marks, true);
            marksProblem = plausible(marks);
            if (upright == null || turned == null) {
                marksProblem = "the registration marks do not form a rectangle";
            }
        } else {
            marksProblem = "registration mark" + (missing.size() > 1 ? "s" : "") + " not found: " + String.join(", ",
                    missing);
        }
        boolean located = marksProblem == null;
        double black = 0;
        if (located) {
            for (Blob mark : marks) {
                black += mark.black / 4;
            }
        }
        double margin = QR_MARGIN;
        if (!located) {
            upright = new double[] {scale, 0, 0, 0, scale, 0, 0, 0, 1};
            turned = new double[] {-scale, 0, w, 0, -scale, h, 0, 0, 1};
            margin = 12;
        }
        double mid = (paperWhite + (located ? black : 0)) / 2;
        boolean turnedFirst = qrInk(grey, turned, mid) > qrInk(grey, upright, mid);
        double[] chosen = null;
        Result result = null;
        for (int attempt = 0; attempt < 2 && result == null; attempt++) {
            chosen = (attempt == 0) == turnedFirst ? turned : upright;
            result = decode(grey, chosen, margin);
        }
        if (result == null) {
            return new Reading(Status.NO_QR, null, null, null, null, w, h, false,
                    "no QR code found" + (located ? "" : "; " + marksProblem));
        }
        boolean upsideDown = chosen == turned;
        if (pointsOpposite(result, chosen)) {
            upsideDown = !upsideDown;
            chosen = upsideDown ? turned : upright;
        }
        String text = result.getText();
        Optional<SheetCode> code = SheetCode.parse(text);
        if (code.isEmpty()) {
            return new Reading(Status.NOT_OURS, text, null, located ? chosen : null, null, w, h, upsideDown,
                    "the QR code is not a CertBank answer-sheet code");
        }
        Optional<SheetLayout.Page> page = pages.apply(code.get());
        if (page.isEmpty()) {
            return new Reading(Status.UNKNOWN_PAGE, text, code.get(), located ? chosen : null, null, w, h,
                    upsideDown, "no such page is known: " + text);
        }
        if (!located) {
            return new Reading(Status.NO_MARKS, text, code.get(), null, null, w, h, upsideDown, marksProblem);
        }
        List<SheetLayout.Bubble> bubbles = page.get().bubbles();
        double[] darkness = new double[bubbles.size()];
        Measure measure = new Measure(grey, chosen, black, paperWhite);
        for (SheetLayout.Bubble bubble : bubbles) {
            darkness[bubble.index()] = measure.darkness(bubble.x(), bubble.y());
        }
        return new Reading(Status.READ, text, code.get(), chosen, darkness, w, h, upsideDown, null);
    }

    /** The homography from the layout's marks to the found ones, the page upright or turned by 180°. */
    private static double[] homography(Blob[] marks, boolean turned) {
        double[][] to = new double[4][];
        for (int k = 0; k < 4; k++) {
            Blob b = marks[turned ? 3 - k : k];
            to[k] = new double[] {b.x, b.y};
        }
        return Homography.of(SheetLayout.MARKS, to);
    }

    /** Why four found marks cannot be the sheet's, or null: their sides must keep the sheet's proportions. */
    private static String plausible(Blob[] m) {
        double top = Math.hypot(m[1].x - m[0].x, m[1].y - m[0].y);
        double bottom = Math.hypot(m[3].x - m[2].x, m[3].y - m[2].y);
        double left = Math.hypot(m[2].x - m[0].x, m[2].y - m[0].y);
        double right = Math.hypot(m[3].x - m[1].x, m[3].y - m[1].y);
        double across = SheetLayout.MARKS[1][0] - SheetLayout.MARKS[0][0];
        double down = SheetLayout.MARKS[2][1] - SheetLayout.MARKS[0][1];
        double ratio = (left + right) / (top + bottom) / (down / across);
        if (Math.abs(top / bottom - 1) > 0.05 || Math.abs(left / right - 1) > 0.05 || Math.abs(ratio - 1) > 0.06) {
            return "the registration marks found do not form the sheet's rectangle";
        }
        return null;
    }

    /** The share of dark samples over the QR code's place by {@code h}. */
    private static double qrInk(Grey g, double[] h, double mid) {
        int dark = 0;
        int n = 0;
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                double[] p = Homography.map(h, SheetLayout.QR_X + 3 + i * (SheetLayout.QR_SIZE - 6) / 15,
                        SheetLayout.QR_Y + 3 + j * (SheetLayout.QR_SIZE - 6) / 15);
                int x = (int) p[0];
                int y = (int) p[1];
                if (x >= 0 && y >= 0 && x < g.width && y < g.height) {
                    n++;
                    if (g.at(x, y) < mid) {
                        dark++;
                    }
                }
            }
        }
        return n == 0 ? 0 : (double) dark / n;
    }

    /** The QR code read from around its place by {@code h}, or null. */
    private static Result decode(Grey g, double[] h, double margin) {
        double x0 = SheetLayout.QR_X - margin;
        double y0 = SheetLayout.QR_Y - margin;
        double x1 = SheetLayout.QR_X + SheetLayout.QR_SIZE + margin;
        double y1 = SheetLayout.QR_Y + SheetLayout.QR_SIZE + margin;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] c : new double[][] {{x0, y0}, {x1, y0}, {x0, y1}, {x1, y1}}) {
            double[] p = Homography.map(h, c[0], c[1]);
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        int left = Math.max(0, (int) Math.floor(minX));
        int top = Math.max(0, (int) Math.floor(minY));
        int right = Math.min(g.width, (int) Math.ceil(maxX));
        int bottom = Math.min(g.height, (int) Math.ceil(maxY));
        if (right - left < 21 || bottom - top < 21) {
            return null;
        }
        int cw = right - left;
        int ch = bottom - top;
        LuminanceSource source = new PlanarYUVLuminanceSource(g.data, g.stride, g.height, left, top, cw, ch, false);
        for (int attempt = 0; attempt < 4; attempt++) {
            if (attempt == 2) {
                // Specks of dust or noise break ZXing's finder-pattern scan; a 3×3 median removes them.
                source = new PlanarYUVLuminanceSource(median(g, left, top, cw, ch), cw, ch, 0, 0, cw, ch, false);
            }
            BinaryBitmap bitmap = new BinaryBitmap(attempt % 2 == 0 ? new HybridBinarizer(source)
                    : new GlobalHistogramBinarizer(source));
            try {
                Result r = new QRCodeReader().decode(bitmap, HINTS);
                ResultPoint[] points = r.getResultPoints();
                if (points != null) {
                    ResultPoint[] moved = new ResultPoint[points.length];
                    for (int i = 0; i < points.length; i++) {
                        moved[i] = points[i] == null ? null
                                : new ResultPoint(points[i].getX() + left, points[i].getY() + top);
                    }
                    r = new Result(r.getText(), r.getRawBytes(), moved, r.getBarcodeFormat());
                }
                return r;
            } catch (ReaderException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                // not readable this way; try the next
            }
        }
        return null;
    }

    /** The 3×3 median of a crop of {@code g} (edges copied). */
    private static byte[] median(Grey g, int left, int top, int w, int h) {
        byte[] out = new byte[w * h];
        int[] v = new int[9];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int gx = left + x;
                int gy = top + y;
                if (x == 0 || y == 0 || x == w - 1 || y == h - 1 || gx + 1 >= g.width || gy + 1 >= g.height) {
                    out[y * w + x] = (byte) g.at(gx, gy);
                    continue;
                }
                int k = 0;
                for (int j = -1; j <= 1; j++) {
                    int base = (gy + j) * g.stride + gx;
                    v[k++] = g.data[base - 1] & 0xff;
                    v[k++] = g.data[base] & 0xff;
                    v[k++] = g.data[base + 1] & 0xff;
                }
                Arrays.sort(v);
                out[y * w + x] = (byte) v[4];
            }
        }
        return out;
    }

    /**
     * Whether the QR code's finder patterns (ZXing reports bottom left, top left, top right) say the page lies the
     * other way round than {@code h} assumes: its top-right finder left of its top-left one in sheet millimetres.
     */
    private static boolean pointsOpposite(Result result, double[] h) {
        ResultPoint[] p = result.getResultPoints();
        double[] inv = Homography.invert(h);
        if (p == null || p.length < 3 || p[1] == null || p[2] == null || p[0] == null || inv == null) {
            return false;
        }
        double[] topLeft = Homography.map(inv, p[1].getX(), p[1].getY());
        double[] topRight = Homography.map(inv, p[2].getX(), p[2].getY());
        double[] bottomLeft = Homography.map(inv, p[0].getX(), p[0].getY());
        return topRight[0] < topLeft[0] && bottomLeft[1] < topLeft[1];
    }

    /** An 8-bit grey image, row by row; {@code data} may be the image's own buffer, never written. */
    static final class Grey {
        final byte[] data;
        final int width;
        final int height;
        final int stride;

        private Grey(byte[] data, int width, int height, int stride) {
            this.data = data;
            this.width = width;
            this.height = height;
            this.stride = stride;
        }

        int at(int x, int y) {
            return data[y * stride + x] & 0xff;
        }

        /** Bilinear grey level at continuous coordinates (pixel centres at half-integers). */
        double sample(double x, double y) {
            double fx = x - 0.5;
            double fy = y - 0.5;
            int x0 = (int) Math.floor(fx);
            int y0 = (int) Math.floor(fy);
            double ax = fx - x0;
            double ay = fy - y0;
            if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
                int cx = Math.min(width - 1, Math.max(0, (int) Math.round(fx)));
                int cy = Math.min(height - 1, Math.max(0, (int) Math.round(fy)));
                return at(cx, cy);
            }
            int i = y0 * stride + x0;
            double top = (data[i] & 0xff) * (1 - ax) + (data[i + 1] & 0xff) * ax;
            double bottom = (data[i + stride] & 0xff) * (1 - ax) + (data[i + stride + 1] & 0xff) * ax;
            return top * (1 - ay) + bottom * ay;
        }

        static Grey of(BufferedImage image) {
            int w = image.getWidth();
            int h = image.getHeight();
            Raster raster = image.getRaster();
            SampleModel model = raster.getSampleModel();
            boolean plain = raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                    && raster.getDataBuffer() instanceof DataBufferByte;
            if (plain && image.getType() == BufferedImage.TYPE_BYTE_GRAY
                    && model instanceof ComponentSampleModel csm && csm.getPixelStride() == 1
                    && raster.getDataBuffer().getOffset() == 0 && csm.getBandOffsets()[0] == 0) {
                byte[] data = ((DataBufferByte) raster.getDataBuffer()).getData();
                if (data.length >= csm.getScanlineStride() * h && csm.getScanlineStride() >= w) {
                    return new Grey(data, w, h, csm.getScanlineStride());
                }
            }
            byte[] out = new byte[w * h];
            ColorModel cm = image.getColorModel();
            if (plain && cm instanceof IndexColorModel icm && model instanceof MultiPixelPackedSampleModel mpp
                    && mpp.getPixelBitStride() == 1 && raster.getDataBuffer().getOffset() == 0) {
                byte[] data = ((DataBufferByte) raster.getDataBuffer()).getData();
                byte[] lut = {(byte) luma(icm.getRGB(0)), (byte) luma(icm.getRGB(Math.min(1, icm.getMapSize() - 1)))};
                int stride = mpp.getScanlineStride();
                int offset = mpp.getDataBitOffset();
                for (int y = 0; y < h; y++) {
                    int base = y * stride;
                    int o = y * w;
                    for (int x = 0; x < w; x++) {
                        int bit = offset + x;
                        out[o + x] = lut[(data[base + (bit >> 3)] >> (7 - (bit & 7))) & 1];
                    }
                }
                return new Grey(out, w, h, w);
            }
            int type = image.getType();
            if (type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_USHORT_GRAY) {
                int shift = type == BufferedImage.TYPE_USHORT_GRAY ? 8 : 0;
                int[] row = new int[w];
                for (int y = 0; y < h; y++) {
                    raster.getSamples(0, y, w, 1, 0, row);
                    for (int x = 0; x < w; x++) {
                        out[y * w + x] = (byte) (row[x] >> shift);
                    }
                }
                return new Grey(out, w, h, w);
            }
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                image.getRGB(0, y, w, 1, row, 0, w);
                for (int x = 0; x < w; x++) {
                    out[y * w + x] = (byte) luma(row[x]);
                }
            }
            return new Grey(out, w, h, w);
        }

        private static int luma(int rgb) {
            int r = (rgb >> 16) & 0xff;
            int g = (rgb >> 8) & 0xff;
            int b = rgb & 0xff;
            return (r * 77 + g * 150 + b * 29) >> 8;
        }
    }

    /** A dark blob taken for a registration mark: its centroid and its ink's grey level. */
    private record Blob(double x, double y, double black) {
    }

    /** One image corner's region: its Otsu threshold, paper white, and the registration mark found in it. */
    private static final class Region {
        final Grey g;
        final int corner;
        final int x0;
        final int y0;
        final int x1;
        final int y1;
        final int threshold;
        final int paper;
        final int contrast;

        Region(Grey g, int corner, double scale) {
            this.g = g;
            this.corner = corner;
            int reach = (int) Math.round(CORNER_REACH * scale);
            x0 = corner % 2 == 0 ? 0 : Math.max(0, g.width - reach);
            x1 = corner % 2 == 0 ? Math.min(g.width, reach) : g.width;
            y0 = corner < 2 ? 0 : Math.max(0, g.height - reach);
            y1 = corner < 2 ? Math.min(g.height, reach) : g.height;
            int[] hist = new int[256];
            for (int y = y0; y < y1; y++) {
                int base = y * g.stride;
                for (int x = x0; x < x1; x++) {
                    hist[g.data[base + x] & 0xff]++;
                }
            }
            int total = (x1 - x0) * (y1 - y0);
            threshold = otsu(hist, total);
            paper = quantile(hist, total, 0.75);
            contrast = paper - quantile(hist, total, 0.005);
        }

        /** The mark in this region, or null; {@code work} holds two arrays it may reuse. */
        Blob mark(double scale, int[][] work) {
            if (contrast < 40 || x1 - x0 < 8 || y1 - y0 < 8) {
                return null;
            }
            int rw = x1 - x0;
            int rh = y1 - y0;
            if (work[0] == null || work[0].length < rw * rh) {
                work[0] = new int[rw * rh];
                work[1] = new int[rw * rh];
            }
            int[] label = work[0];
            int[] stack = work[1];
            Arrays.fill(label, 0, rw * rh, 0);
            double side = SheetLayout.MARK * scale;
            double nominalX = corner % 2 == 0 ? SheetLayout.MARKS[0][0] * scale
                    : g.width - (SheetLayout.WIDTH - SheetLayout.MARKS[1][0]) * scale;
            double nominalY = corner < 2 ? SheetLayout.MARKS[0][1] * scale
                    : g.height - (SheetLayout.HEIGHT - SheetLayout.MARKS[2][1]) * scale;
            int next = 0;
            Blob best = null;
            int bestLabel = 0;
            double bestDistance = Double.MAX_VALUE;
            for (int y = 0; y < rh; y++) {
                for (int x = 0; x < rw; x++) {
                    int i = y * rw + x;
                    if (label[i] != 0 || g.at(x0 + x, y0 + y) > threshold) {
                        continue;
                    }
                    next++;
                    int top = 0;
                    stack[top++] = i;
                    label[i] = next;
                    long count = 0;
                    double sx = 0;
                    double sy = 0;
                    int minX = x;
                    int maxX = x;
                    int minY = y;
                    int maxY = y;
                    while (top > 0) {
                        int j = stack[--top];
                        int jx = j % rw;
                        int jy = j / rw;
                        count++;
                        sx += jx;
                        sy += jy;
                        minX = Math.min(minX, jx);
                        maxX = Math.max(maxX, jx);
                        minY = Math.min(minY, jy);
                        maxY = Math.max(maxY, jy);
                        if (jx > 0) {
                            top = push(stack, top, label, j - 1, jx - 1, jy, next);
                        }
                        if (jx < rw - 1) {
                            top = push(stack, top, label, j + 1, jx + 1, jy, next);
                        }
                        if (jy > 0) {
                            top = push(stack, top, label, j - rw, jx, jy - 1, next);
                        }
                        if (jy < rh - 1) {
                            top = push(stack, top, label, j + rw, jx, jy + 1, next);
                        }
                    }
                    int bw = maxX - minX + 1;
                    int bh = maxY - minY + 1;
                    double lo = side / MARK_TOLERANCE;
                    double hi = side * MARK_TOLERANCE * 1.06;
                    if (bw < lo || bh < lo || bw > hi || bh > hi || (double) count / ((double) bw * bh) < MARK_FILL
                            || count < lo * lo * 0.8 || Math.max(bw, bh) > 1.3 * Math.min(bw, bh)) {
                        continue;
                    }
                    double cx = x0 + sx / count + 0.5;
                    double cy = y0 + sy / count + 0.5;
                    double distance = Math.hypot(cx - nominalX, cy - nominalY);
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = new Blob(cx, cy, 0);
                        bestLabel = next;
                    }
                }
            }
            if (best == null) {
                return null;
            }
            int[] hist = new int[256];
            int n = 0;
            for (int i = 0; i < rw * rh; i++) {
                if (label[i] == bestLabel) {
                    hist[g.at(x0 + i % rw, y0 + i / rw)]++;
                    n++;
                }
            }
            return new Blob(best.x, best.y, quantile(hist, n, 0.5));
        }

        private int push(int[] stack, int top, int[] label, int j, int x, int y, int id) {
            if (label[j] == 0 && g.at(x0 + x, y0 + y) <= threshold) {
                label[j] = id;
                stack[top++] = j;
            }
            return top;
        }
    }

    private static int otsu(int[] hist, int total) {
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (double) i * hist[i];
        }
        double sumB = 0;
        int wB = 0;
        double best = -1;
        int threshold = 127;
        for (int t = 0; t < 256; t++) {
            wB += hist[t];
            if (wB == 0) {
                continue;
            }
            int wF = total - wB;
            if (wF == 0) {
                break;
            }
            sumB += (double) t * hist[t];
            double mB = sumB / wB;
            double mF = (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }

    private static int quantile(int[] hist, int total, double q) {
        long target = (long) Math.ceil(q * total);
        long seen = 0;
        for (int i = 0; i < 256; i++) {
            seen += hist[i];
            if (seen >= target && seen > 0) {
                return i;
            }
        }
        return 255;
    }

    /** Measures bubbles of one page by its homography, ink black and paper white. */
    private static final class Measure {
        final Grey g;
        final double[] h;
        final double black;
        final double paper;
        int[] lum = new int[0];
        int[] integral = new int[0];
        final int[] hist = new int[256];

        Measure(Grey g, double[] h, double black, double paper) {
            this.g = g;
            this.h = h;
            this.black = black;
            this.paper = Math.max(paper, black + 40);
        }

        /** The darkness of the bubble centred at (x, y) mm, as the class documents. */
        double darkness(double x, double y) {
            double[] p = Homography.map(h, x, y);
            double[] px = Homography.map(h, x + 1, y);
            double[] py = Homography.map(h, x, y + 1);
            double ax = px[0] - p[0];
            double ay = px[1] - p[1];
            double bx = py[0] - p[0];
            double by = py[1] - p[1];
            double det = ax * by - bx * ay;
            if (Math.abs(det) < 1e-9) {
                return Double.NaN;
            }
            double k = Math.sqrt(Math.abs(det));
            double[] c = refine(p[0], p[1], ax, ay, bx, by);
            double cx = c[0];
            double cy = c[1];
            // pixel offset (dx, dy) = u·(ax, ay) + v·(bx, by)
            double iu0 = by / det;
            double iu1 = -bx / det;
            double iv0 = -ay / det;
            double iv1 = ax / det;
            double reach = WHITE_TO * Math.max(Math.hypot(ax, ay), Math.hypot(bx, by)) + 2;
            int left = (int) Math.floor(cx - reach);
            int top = (int) Math.floor(cy - reach);
            int right = (int) Math.ceil(cx + reach);
            int bottom = (int) Math.ceil(cy + reach);
            if (left < 0 || top < 0 || right > g.width || bottom > g.height) {
                return Double.NaN;
            }
            int bw = right - left;
            int bh = bottom - top;
            if (lum.length < bw * bh) {
                lum = new int[bw * bh];
                integral = new int[(bw + 1) * (bh + 1)];
            }
            Arrays.fill(hist, 0);
            int ring = 0;
            double from2 = WHITE_FROM * WHITE_FROM;
            double to2 = WHITE_TO * WHITE_TO;
            for (int j = 0; j < bh; j++) {
                double dy = top + j + 0.5 - cy;
                int base = (top + j) * g.stride + left;
                for (int i = 0; i < bw; i++) {
                    int v = g.data[base + i] & 0xff;
                    lum[j * bw + i] = v;
                    double dx = left + i + 0.5 - cx;
                    double u = iu0 * dx + iu1 * dy;
                    double w = iv0 * dx + iv1 * dy;
                    double d2 = u * u + w * w;
                    if (d2 >= from2 && d2 <= to2) {
                        hist[v]++;
                        ring++;
                    }
                }
            }
            double white = Math.max(quantile(hist, ring, WHITE_PERCENTILE), black + 0.6 * (paper - black));
            white = Math.max(white, black + 30);
            double darkBelow = white - DARK_INK * (white - black);
            double greyBelow = white - FAINT_INK * (white - black);
            int stride = bw + 1;
            Arrays.fill(integral, 0, stride, 0);
            for (int j = 0; j < bh; j++) {
                int row = 0;
                integral[(j + 1) * stride] = 0;
                for (int i = 0; i < bw; i++) {
                    row += lum[j * bw + i] <= darkBelow ? 1 : 0;
                    integral[(j + 1) * stride + i + 1] = integral[j * stride + i + 1] + row;
                }
            }
            int e = Math.max(1, (int) Math.round(SOLID * k));
            int full = (2 * e + 1) * (2 * e + 1);
            int enough = full - Math.max(1, full / 25);
            double inner2 = INNER * INNER;
            int n = 0;
            int dark = 0;
            int solid = 0;
            int greys = 0;
            double darkInk = 0;
            for (int j = 0; j < bh; j++) {
                double dy = top + j + 0.5 - cy;
                for (int i = 0; i < bw; i++) {
                    double dx = left + i + 0.5 - cx;
                    double u = iu0 * dx + iu1 * dy;
                    double w = iv0 * dx + iv1 * dy;
                    if (u * u + w * w > inner2) {
                        continue;
                    }
                    n++;
                    int v = lum[j * bw + i];
                    if (v <= darkBelow) {
                        dark++;
                        darkInk += Math.min(1, (white - v) / (white - black));
                        int i0 = Math.max(0, i - e);
                        int j0 = Math.max(0, j - e);
                        int i1 = Math.min(bw, i + e + 1);
                        int j1 = Math.min(bh, j + e + 1);
                        int sum = integral[j1 * stride + i1] - integral[j0 * stride + i1]
                                - integral[j1 * stride + i0] + integral[j0 * stride + i0];
                        if (sum >= enough) {
                            solid++;
                        }
                    } else if (v <= greyBelow) {
                        greys++;
                    }
                }
            }
            if (n == 0) {
                return Double.NaN;
            }
            double darkShare = (double) dark / n;
            double solidShare = (double) solid / n;
            double greyShare = (double) greys / n;
            double darkness = 1 - (1 - darkShare) * (1 - solidShare * solidShare * solidShare);
            // a wide patch of mid-grey (a pencil fill, an erased fill on a darker copy) is no pen stroke, however much
            // of the disc it darkens: its dark pixels are far from the ink of the marks
            boolean weak = darkShare >= WEAK_SHARE && darkInk / dark < WEAK_INK;
            if (solidShare >= SOLID_SHARE || greyShare >= GREY_SHARE && greyShare >= darkShare || weak) {
                darkness = Math.max(darkness, RESIDUE);
            }
            return darkness;
        }

        /**
         * The centre near (x, y) px where the printed circle is: the offset (coarse, then fine) whose ring at the
         * bubble's radius is darkest against a ring just outside it; the predicted centre when no circle shows.
         */
        private double[] refine(double x, double y, double ax, double ay, double bx, double by) {
            double bestScore = -Double.MAX_VALUE;
            double bestU = 0;
            double bestV = 0;
            double step = SEARCH / 2;
            for (double u = -SEARCH; u <= SEARCH + 1e-9; u += step) {
                for (double v = -SEARCH; v <= SEARCH + 1e-9; v += step) {
                    double s = ring(x + u * ax + v * bx, y + u * ay + v * by, ax, ay, bx, by);
                    if (s > bestScore) {
                        bestScore = s;
                        bestU = u;
                        bestV = v;
                    }
                }
            }
            double cu = bestU;
            double cv = bestV;
            double fine = step / 3;
            for (int du = -2; du <= 2; du++) {
                for (int dv = -2; dv <= 2; dv++) {
                    if (du == 0 && dv == 0) {
                        continue;
                    }
                    double u = cu + du * fine;
                    double v = cv + dv * fine;
                    double s = ring(x + u * ax + v * bx, y + u * ay + v * by, ax, ay, bx, by);
                    if (s > bestScore) {
                        bestScore = s;
                        bestU = u;
                        bestV = v;
                    }
                }
            }
            if (bestScore / (paper - black) < 0.2) {
                return new double[] {x, y};
            }
            return new double[] {x + bestU * ax + bestV * bx, y + bestU * ay + bestV * by};
        }

        /** Mean over angles of (outer ring's grey − darkest of three radii around the outline). */
        private double ring(double x, double y, double ax, double ay, double bx, double by) {
            double r = SheetLayout.RADIUS;
            double outer = r + 0.45;
            double sum = 0;
            for (int i = 0; i < RING_ANGLES; i++) {
                double c = COS[i];
                double s = SIN[i];
                double ox = c * ax + s * bx;
                double oy = c * ay + s * by;
                double line = Math.min(g.sample(x + (r - 0.1) * ox, y + (r - 0.1) * oy),
                        Math.min(g.sample(x + r * ox, y + r * oy), g.sample(x + (r + 0.1) * ox, y + (r + 0.1) * oy)));
                sum += g.sample(x + outer * ox, y + outer * oy) - line;
            }
            return sum / RING_ANGLES;
        }
    }
}
