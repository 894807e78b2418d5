package pl.certbank.printing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.certbank.publishing.control.Snapshot;

/**
 * Answer sheets rendered by pdftoppm (skipped without it), filled in as candidates would (crosses, blackened circles,
 * half-filled and faint ones, two crosses in one row) and scanned badly (150–300 dpi, greyscale and black and white,
 * rotated, shifted, upside down, noisy, darker and lighter), then read back: every bubble must read as it was filled.
 * {@code -Dcertbank.scan.bench=true} also measures pages per second.
 */
class SheetReaderTest {

    private static Snapshot snapshot;
    private static PaperCopy copy;
    private static List<SheetLayout.Page> layout;
    private static Path dir;
    private static Path pdf;
    private static final Map<String, List<BufferedImage>> RENDERED = new HashMap<>();
    private static final Map<Intent, double[]> SEEN = new EnumMap<>(Intent.class);
    private static final SheetReader READER = new SheetReader();
    /**
     * A skewed or shifted page is scanned on a bed this much larger each way (mm), as scanners do: a page turned by 3°
     * about its centre otherwise loses its corners.
     */
    private static final double PAD = 5;

    /** What the candidate did to a bubble, and the mark it must read as. */
    enum Intent {
        NOTHING(Mark.EMPTY),
        CROSS(Mark.MARKED),
        BLACKENED(Mark.CANCELLED),
        HALF(Mark.AMBIGUOUS),
        FAINT(Mark.AMBIGUOUS),
        ERASED(Mark.AMBIGUOUS);

        final Mark expected;

        Intent(Mark expected) {
            this.expected = expected;
        }
    }

    /** How the scanner spoils the page. */
    record Scan(double degrees, double shiftX, double shiftY, boolean upsideDown, double noise, double tone) {

        static Scan clean() {
            return new Scan(0, 0, 0, false, 0, 0);
        }

        Scan rotated(double d) {
            return new Scan(d, shiftX, shiftY, upsideDown, noise, tone);
        }

        Scan shifted(double x, double y) {
            return new Scan(degrees, x, y, upsideDown, noise, tone);
        }

        Scan turned() {
            return new Scan(degrees, shiftX, shiftY, true, noise, tone);
        }

        Scan noisy(double sigma) {
            return new Scan(degrees, shiftX, shiftY, upsideDown, sigma, tone);
        }

        /** Negative: darker copy (paper greyer); positive: lighter copy (black greyer). */
        Scan toned(double t) {
            return new Scan(degrees, shiftX, shiftY, upsideDown, noise, t);
        }
    }

    @BeforeAll
    static void render() throws Exception {
        assumeTrue(onPath("pdftoppm"), "pdftoppm (poppler-utils) is not installed");
        snapshot = PaperFixture.snapshot(40);
        copy = PaperFixture.copy(snapshot, 7, 1234);
        layout = SheetLayout.of(snapshot, copy.variant());
        dir = Files.createTempDirectory("certbank-scan");
        pdf = dir.resolve("sheet.pdf");
        Files.write(pdf, AnswerSheetPdf.of(copy));
    }

    @AfterAll
    static void report() throws Exception {
        if (dir != null) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
        for (Map.Entry<Intent, double[]> e : SEEN.entrySet()) {
            System.out.printf("SheetReaderTest %-9s darkness %.3f–%.3f over %d bubbles%n", e.getKey(),
                    e.getValue()[0], e.getValue()[1], (long) e.getValue()[2]);
        }
    }

    @Test
    void readsEveryBubbleAtEveryResolutionInGreyAndBlackAndWhite() throws Exception {
        for (int dpi : new int[] {150, 200, 300}) {
            for (boolean mono : new boolean[] {false, true}) {
                check(dpi, mono, Scan.clean(), dpi * 10L + (mono ? 1 : 0));
            }
        }
    }

    @Test
    void readsPngFilesAndColourScans() throws Exception {
        check(200, false, Scan.clean().rotated(1), 31, SheetReaderTest::png);
        check(200, true, Scan.clean().rotated(-1), 32, SheetReaderTest::png);
        check(150, false, Scan.clean().noisy(6), 33, image -> {
            BufferedImage colour = new BufferedImage(image.getWidth(), image.getHeight(),
                    BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = colour.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
            return colour;
        });
    }

    /** The image written as PNG and read back by ImageIO, as a scanned file would be. */
    private static BufferedImage png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
            assertEquals(image.getType(), read.getType());
            return read;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void readsRotatedShiftedAndUpsideDownPages() throws Exception {
        check(200, false, Scan.clean().rotated(3), 11);
        check(200, false, Scan.clean().rotated(-3).shifted(4, -3), 12);
        check(200, false, Scan.clean().turned(), 13);
        check(200, false, Scan.clean().turned().rotated(2).shifted(-3, 4).noisy(10), 14);
        check(150, true, Scan.clean().rotated(-3).shifted(-4, 3), 15);
        check(150, true, Scan.clean().turned().rotated(3), 16);
        check(300, false, Scan.clean().turned().rotated(-3).shifted(3, 3), 17);
    }

    @Test
    void readsNoisyDarkerAndLighterCopies() throws Exception {
        check(200, false, Scan.clean().noisy(14), 21);
        check(200, false, Scan.clean().toned(-0.3), 22);
        check(200, false, Scan.clean().toned(0.45), 23);
        check(150, false, Scan.clean().toned(-0.25).noisy(10).rotated(-2), 24);
        check(300, false, Scan.clean().toned(0.35).noisy(12).rotated(3), 25);
        check(200, true, Scan.clean().noisy(14).rotated(1.5), 26);
    }

    @Test
    void aPageWithItsQrCodeBlottedOutHasNoQr() throws Exception {
        for (Color blot : new Color[] {Color.BLACK, Color.WHITE}) {
            BufferedImage page = copyOf(rendered(200, false).get(1));
            double s = 200 / 25.4;
            Graphics2D g = page.createGraphics();
            g.setColor(blot);
            g.fill(new Rectangle2D.Double((SheetLayout.QR_X + 2) * s, (SheetLayout.QR_Y + 2) * s,
                    (SheetLayout.QR_SIZE - 4) * s, (SheetLayout.QR_SIZE - 4) * s));
            g.dispose();
            SheetReader.Reading reading = READER.read(page, this::page);
            assertEquals(SheetReader.Status.NO_QR, reading.status(), reading.toString());
            assertNull(reading.code());
            assertNotNull(reading.problem());
            assertEquals(0, reading.darkness().length);
        }
        BufferedImage blank = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = blank.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, blank.getWidth(), blank.getHeight());
        g.dispose();
        SheetReader.Reading empty = READER.read(blank, this::page);
        assertEquals(SheetReader.Status.NO_QR, empty.status(), empty.toString());
        assertTrue(empty.problem().contains("registration marks not found"), empty.problem());
    }

    @Test
    void anotherQrCodeIsNotOursAnUnknownPageIsSaidSoAndAMissingMarkToo() throws Exception {
        BufferedImage page = copyOf(rendered(200, false).get(1));
        double s = 200 / 25.4;
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(SheetLayout.QR_X * s, SheetLayout.QR_Y * s, SheetLayout.QR_SIZE * s,
                SheetLayout.QR_SIZE * s));
        g.setColor(Color.BLACK);
        ByteMatrix m = Encoder.encode("https://example.org/not-a-sheet", ErrorCorrectionLevel.M).getMatrix();
        double module = SheetLayout.QR_SIZE / (m.getWidth() + 8);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y) == 1) {
                    g.fill(new Rectangle2D.Double((SheetLayout.QR_X + (x + 4) * module) * s,
                            (SheetLayout.QR_Y + (y + 4) * module) * s, module * s, module * s));
                }
            }
        }
        g.dispose();
        SheetReader.Reading other = READER.read(page, this::page);
        assertEquals(SheetReader.Status.NOT_OURS, other.status(), other.toString());
        assertEquals("https://example.org/not-a-sheet", other.qrText());

        BufferedImage clean = rendered(200, false).get(1);
        SheetReader.Reading unknown = READER.read(clean, code -> Optional.empty());
        assertEquals(SheetReader.Status.UNKNOWN_PAGE, unknown.status(), unknown.toString());
        assertEquals(2, unknown.code().page());

        BufferedImage marked = copyOf(rendered(200, false).get(1));
        Graphics2D w = marked.createGraphics();
        w.setColor(Color.WHITE);
        w.fill(new Rectangle2D.Double((SheetLayout.MARKS[3][0] - 5) * s, (SheetLayout.MARKS[3][1] - 5) * s, 10 * s,
                10 * s));
        w.dispose();
        SheetReader.Reading noMarks = READER.read(marked, this::page);
        assertEquals(SheetReader.Status.NO_MARKS, noMarks.status(), noMarks.toString());
        assertEquals(2, noMarks.code().page());
        assertTrue(noMarks.problem().contains("bottom right"), noMarks.problem());
    }

    /**
     * {@code -Dcertbank.scan.stress=N}: N random scans (resolution, mode, skew, shift, turn, noise, tone), two pages
     * each. No bubble may be misread; a page left unread (a QR code ZXing cannot find) is counted.
     */
    @Test
    void readsRandomScans() throws Exception {
        int n = Integer.getInteger("certbank.scan.stress", 0);
        assumeTrue(n > 0, "-Dcertbank.scan.stress=N reads N random scans");
        Random random = new Random(Long.getLong("certbank.scan.seed", 7));
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int dpi = new int[] {150, 200, 300}[i % 3];
            boolean mono = i % 4 == 1;
            Scan scan = Scan.clean().rotated((random.nextDouble() - 0.5) * 6).shifted((random.nextDouble() - 0.5) * 8,
                    (random.nextDouble() - 0.5) * 8);
            if (random.nextBoolean()) {
                scan = scan.turned();
            }
            if (random.nextBoolean()) {
                scan = scan.noisy(random.nextDouble() * 15);
            }
            double tone = random.nextDouble();
            if (tone < 0.3) {
                scan = scan.toned(-0.3 * random.nextDouble());
            } else if (tone < 0.6 && !mono) {
                scan = scan.toned(0.45 * random.nextDouble());
            }
            try {
                check(dpi, mono, scan, 1000 + i);
            } catch (AssertionError e) {
                if (e.getMessage().contains("misread")) {
                    throw e;
                }
                unread.add(e.getMessage());
            }
        }
        System.out.println("SheetReaderTest random scans: " + 2 * n + " pages, " + unread.size() + " unread");
        unread.forEach(u -> System.out.println("SheetReaderTest unread: " + u));
    }

    @Test
    void marksHaveTheirDocumentedBands() {
        assertEquals(Mark.EMPTY, Mark.of(0));
        assertEquals(Mark.EMPTY, Mark.of(0.079));
        assertEquals(Mark.AMBIGUOUS, Mark.of(0.08));
        assertEquals(Mark.AMBIGUOUS, Mark.of(0.149));
        assertEquals(Mark.MARKED, Mark.of(0.15));
        assertEquals(Mark.MARKED, Mark.of(0.519));
        assertEquals(Mark.AMBIGUOUS, Mark.of(0.52));
        assertEquals(Mark.AMBIGUOUS, Mark.of(SheetReader.RESIDUE));
        assertEquals(Mark.AMBIGUOUS, Mark.of(0.899));
        assertEquals(Mark.CANCELLED, Mark.of(0.9));
        assertEquals(Mark.CANCELLED, Mark.of(1));
        assertEquals(Mark.AMBIGUOUS, Mark.of(Double.NaN));
    }

    @Test
    void measuresSpeed() throws Exception {
        assumeTrue(Boolean.getBoolean("certbank.scan.bench"), "-Dcertbank.scan.bench=true measures speed");
        for (boolean mono : new boolean[] {false, true}) {
            List<byte[]> pngs = new ArrayList<>();
            List<BufferedImage> images = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                BufferedImage page = fill(copyOf(rendered(200, mono).get(p)), layout.get(p), 200, mono, 90 + p);
                BufferedImage scanned = scan(page, 200, Scan.clean().rotated(1).noisy(mono ? 0 : 6), mono, 5);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(scanned, "png", out);
                pngs.add(out.toByteArray());
                images.add(scanned);
            }
            int n = 120;
            for (int threads : new int[] {1, 2}) {
                for (boolean decode : new boolean[] {true, false}) {
                    run(pngs, images, 20, threads, decode);
                    long t0 = System.nanoTime();
                    long cpu = run(pngs, images, n, threads, decode);
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    System.out.printf(
                            "SheetReaderTest speed 200 dpi %s, %d thread%s, %s: %.1f pages/s (%.1f ms CPU a page)%n",
                            mono ? "black and white" : "greyscale", threads, threads == 1 ? "" : "s",
                            decode ? "PNG decode included" : "decoded images", n / seconds, cpu / 1e6 / n);
                }
            }
        }
    }

    /** Reads {@code n} pages on {@code threads} threads; the CPU time they took, ns. */
    private long run(List<byte[]> pngs, List<BufferedImage> images, int n, int threads, boolean decode)
            throws Exception {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i % pngs.size();
                futures.add(pool.submit(() -> {
                    long c0 = bean.getCurrentThreadCpuTime();
                    BufferedImage image = decode ? ImageIO.read(new ByteArrayInputStream(pngs.get(k))) : images.get(k);
                    assertEquals(SheetReader.Status.READ, READER.read(image, this::page).status());
                    return bean.getCurrentThreadCpuTime() - c0;
                }));
            }
            long cpu = 0;
            for (Future<Long> f : futures) {
                cpu += f.get();
            }
            return cpu;
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /** Fills pages 1 and 2, scans them as {@code scan} says, reads them and compares every bubble. */
    private void check(int dpi, boolean mono, Scan scan, long seed) throws Exception {
        check(dpi, mono, scan, seed, Function.identity());
    }

    private void check(int dpi, boolean mono, Scan scan, long seed, Function<BufferedImage, BufferedImage> file)
            throws Exception {
        List<BufferedImage> pages = rendered(dpi, mono);
        for (int p = 0; p < 2; p++) {
            SheetLayout.Page page = layout.get(p);
            Intent[] plan = plan(page, seed * 31 + p, mono);
            BufferedImage filled = fill(copyOf(pages.get(p)), page, dpi, mono, seed * 31 + p, plan);
            BufferedImage scanned = file.apply(scan(filled, dpi, scan, mono, seed));
            String what = dpi + " dpi " + (mono ? "b/w" : "grey") + " " + scan + " page " + (p + 1);
            SheetReader.Reading reading = READER.read(scanned, this::page);
            assertEquals(SheetReader.Status.READ, reading.status(), what + ": " + reading);
            assertEquals(p + 1, reading.code().page(), what);
            assertEquals(copy.code(p + 1, layout.size()), reading.qrText(), what);
            assertEquals(scan.upsideDown(), reading.upsideDown(), what);
            assertEquals(page.bubbles().size(), reading.darkness().length, what);
            List<String> wrong = new ArrayList<>();
            for (SheetLayout.Bubble b : page.bubbles()) {
                double d = reading.darkness()[b.index()];
                Intent intent = plan[b.index()];
                double[] seen = SEEN.computeIfAbsent(intent, k -> new double[] {1, 0, 0});
                seen[0] = Math.min(seen[0], d);
                seen[1] = Math.max(seen[1], d);
                seen[2]++;
                if (reading.mark(b.index()) != intent.expected) {
                    wrong.add(String.format("#%d %s %s/%s %s: %.3f read %s", b.index(), intent, b.row(), b.column(),
                            b.reference(), d, reading.mark(b.index())));
                }
            }
            assertTrue(wrong.isEmpty(), what + ": " + wrong.size() + " misread: " + String.join("; ", wrong));
        }
    }

    private Optional<SheetLayout.Page> page(SheetCode code) {
        if (!code.form().equals(snapshot.code()) || !code.copy().equals(copy.tag()) || code.pages() != layout.size()
                || !copy.snapshotHash().startsWith(code.hash())) {
            return Optional.empty();
        }
        return Optional.of(layout.get(code.page() - 1));
    }

    /**
     * What the candidate does to each bubble: mostly nothing or a cross (two crosses in one row included), some
     * blackened, half-filled, crossed then half-filled, and (in greyscale, where faint grey survives) faint ones.
     */
    private static Intent[] plan(SheetLayout.Page page, long seed, boolean mono) {
        Random random = new Random(seed);
        List<SheetLayout.Bubble> bubbles = page.bubbles();
        Intent[] plan = new Intent[bubbles.size()];
        for (int i = 0; i < plan.length; i++) {
            int r = random.nextInt(12);
            plan[i] = r < 4 ? Intent.NOTHING
                    : r < 7 ? Intent.CROSS
                            : r < 8 ? Intent.BLACKENED
                                    : r < 9 ? Intent.HALF : r < 10 ? (mono ? Intent.CROSS : Intent.FAINT)
                                            : r < 11 ? Intent.ERASED : Intent.NOTHING;
        }
        // Two crosses in one row: the first two options of the first choice item on the page.
        for (int i = 0; i + 1 < plan.length; i++) {
            SheetLayout.Bubble a = bubbles.get(i);
            SheetLayout.Bubble b = bubbles.get(i + 1);
            if (a.kind() == SheetLayout.Kind.OPTION && b.kind() == SheetLayout.Kind.OPTION
                    && a.formPosition() == b.formPosition()) {
                plan[i] = Intent.CROSS;
                plan[i + 1] = Intent.CROSS;
                break;
            }
        }
        return plan;
    }

    private static BufferedImage fill(BufferedImage image, SheetLayout.Page page, int dpi, boolean mono, long seed) {
        return fill(image, page, dpi, mono, seed, plan(page, seed, mono));
    }

    /** Draws {@code plan} on a rendered page, as a candidate's pen would. */
    private static BufferedImage fill(BufferedImage image, SheetLayout.Page page, int dpi, boolean mono, long seed,
            Intent[] plan) {
        double s = dpi / 25.4;
        Random random = new Random(seed ^ 0x5eed);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                mono ? RenderingHints.VALUE_ANTIALIAS_OFF : RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(s, s);
        for (SheetLayout.Bubble b : page.bubbles()) {
            double x = b.x() + (random.nextDouble() - 0.5) * 0.5;
            double y = b.y() + (random.nextDouble() - 0.5) * 0.5;
            int pen = random.nextInt(40);
            switch (plan[b.index()]) {
                case NOTHING -> {
                }
                case CROSS -> cross(g, random, x, y, new Color(pen, pen, pen));
                case BLACKENED -> {
                    double r = 2.25 + random.nextDouble() * 0.35;
                    g.setColor(new Color(pen, pen, pen));
                    g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
                }
                case HALF -> half(g, random, x, y, new Color(pen, pen, pen));
                case FAINT -> {
                    int level = 150 + random.nextInt(36);
                    Color faint = new Color(level, level, level);
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            g.setColor(faint);
                            g.fill(new Ellipse2D.Double(x - 2.3, y - 2.3, 4.6, 4.6));
                        }
                        case 1 -> half(g, random, x, y, faint);
                        default -> cross(g, random, x, y, faint);
                    }
                }
                case ERASED -> {
                    cross(g, random, x, y, new Color(pen, pen, pen));
                    half(g, random, x, y, new Color(pen, pen, pen));
                }
            }
        }
        g.dispose();
        return image;
    }

    /** A cross of two pen strokes 0.4–0.7 mm wide, a little askew. */
    private static void cross(Graphics2D g, Random random, double x, double y, Color color) {
        double d = 1.3 + random.nextDouble() * 0.6;
        double width = 0.4 + random.nextDouble() * 0.3;
        double a = Math.toRadians(45 + (random.nextDouble() - 0.5) * 24);
        double b = Math.toRadians(135 + (random.nextDouble() - 0.5) * 24);
        double l = d * Math.sqrt(2);
        g.setColor(color);
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x - l * Math.cos(a), y - l * Math.sin(a), x + l * Math.cos(a), y + l * Math.sin(a)));
        g.draw(new Line2D.Double(x - l * Math.cos(b), y - l * Math.sin(b), x + l * Math.cos(b), y + l * Math.sin(b)));
    }

    /** Half the circle filled in, any way round. */
    private static void half(Graphics2D g, Random random, double x, double y, Color color) {
        double r = 2.3;
        g.setColor(color);
        g.fill(new Arc2D.Double(x - r, y - r, 2 * r, 2 * r, random.nextInt(360), 180, Arc2D.PIE));
    }

    /** The scanner: rotation about the page centre, shift, 180° turn, tone, noise, and 1-bit output for mono. */
    private static BufferedImage scan(BufferedImage page, int dpi, Scan scan, boolean mono, long seed) {
        double s = dpi / 25.4;
        int pad = scan.degrees() != 0 || scan.shiftX() != 0 || scan.shiftY() != 0 ? (int) Math.round(PAD * s) : 0;
        int w = page.getWidth() + 2 * pad;
        int h = page.getHeight() + 2 * pad;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        AffineTransform t = new AffineTransform();
        t.translate(scan.shiftX() * s + pad, scan.shiftY() * s + pad);
        t.rotate(Math.toRadians(scan.degrees() + (scan.upsideDown() ? 180 : 0)), page.getWidth() / 2.0,
                page.getHeight() / 2.0);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                mono ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR
                        : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, t, null);
        g.dispose();
        WritableRaster raster = out.getRaster();
        Random random = new Random(seed);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                double v = row[x];
                if (scan.tone() < 0) {
                    v = v * (1 + scan.tone());
                } else if (scan.tone() > 0) {
                    v = 255 * scan.tone() + v * (1 - scan.tone());
                }
                if (scan.noise() > 0) {
                    v += random.nextGaussian() * scan.noise();
                    double speck = random.nextDouble();
                    if (speck < 0.002) {
                        v = 0;
                    } else if (speck < 0.004) {
                        v = 255;
                    }
                }
                row[x] = (int) Math.max(0, Math.min(255, Math.round(v)));
            }
            raster.setSamples(0, y, w, 1, 0, row);
        }
        if (!mono) {
            return out;
        }
        BufferedImage binary = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster b = binary.getRaster();
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                row[x] = row[x] < 128 ? 0 : 1;
            }
            b.setSamples(0, y, w, 1, 0, row);
        }
        return binary;
    }

    /**
     * Pages 1 and 2 rendered by pdftoppm, greyscale ({@code -gray}, PGM) or black and white ({@code -mono}, PBM), as
     * 8-bit grey images to draw on. PNM rather than PNG: pdftoppm writes it ten times faster.
     */
    private static synchronized List<BufferedImage> rendered(int dpi, boolean mono) throws Exception {
        String key = dpi + (mono ? "m" : "g");
        List<BufferedImage> cached = RENDERED.get(key);
        if (cached != null) {
            return cached;
        }
        String prefix = dir.resolve(key).toString();
        Process process = new ProcessBuilder("pdftoppm", "-r", String.valueOf(dpi), mono ? "-mono" : "-gray", "-f",
                "1", "-l", "2", pdf.toString(), prefix).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().startsWith(key + "-")).sorted(Comparator.comparing(
                    Path::toString)).toList();
        }
        assertEquals(2, files.size(), files.toString());
        List<BufferedImage> pages = new ArrayList<>();
        for (Path f : files) {
            BufferedImage image = pnm(Files.readAllBytes(f));
            Files.delete(f);
            assertFalse(image.getWidth() < 8 * dpi, "A4 at " + dpi + " dpi");
            pages.add(image);
        }
        RENDERED.put(key, pages);
        return pages;
    }

    /** A binary PGM (P5, 8-bit) or PBM (P4) as an 8-bit grey image. */
    private static BufferedImage pnm(byte[] bytes) {
        int[] at = {0};
        String magic = token(bytes, at);
        int width = Integer.parseInt(token(bytes, at));
        int height = Integer.parseInt(token(bytes, at));
        boolean bits = magic.equals("P4");
        if (!bits) {
            assertEquals("P5", magic);
            assertEquals("255", token(bytes, at));
        }
        int start = at[0] + 1;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        if (!bits) {
            System.arraycopy(bytes, start, data, 0, width * height);
            return image;
        }
        int stride = (width + 7) / 8;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int bit = (bytes[start + y * stride + x / 8] >> (7 - x % 8)) & 1;
                data[y * width + x] = (byte) (bit == 1 ? 0 : 255);
            }
        }
        return image;
    }

    private static String token(byte[] bytes, int[] at) {
        while (Character.isWhitespace(bytes[at[0]])) {
            at[0]++;
        }
        int from = at[0];
        while (!Character.isWhitespace(bytes[at[0]])) {
            at[0]++;
        }
        return new String(bytes, from, at[0] - from, java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static BufferedImage copyOf(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), image.getType());
        out.setData(image.getRaster());
        return out;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
