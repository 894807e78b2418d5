package pl.certbank.printing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.certbank.printing.control.SheetFiller.Pen;
import pl.certbank.publishing.control.Snapshot;

/**
 * The reader on rendered answer sheets at 150, 200 and 300 dpi, marked as candidates mark (crosses, blackened
 * cancels, faint half-filled strokes), turned, shifted, upside down, darkened with noise: every clear mark read, every
 * faint one ambiguous, every untouched bubble empty, and a page without its QR code flagged.
 */
class SheetReaderTest {

    private static final Snapshot SNAPSHOT = PaperFixture.snapshot(40);
    private static final PaperCopy COPY = PaperFixture.copy(SNAPSHOT, 31, 4242);
    private static final List<SheetLayout.Page> LAYOUT = SheetLayout.of(SNAPSHOT, COPY.variant());
    private static byte[] pdf;

    @BeforeAll
    static void sheet() {
        assumeTrue(SheetFiller.popplerAvailable(), "poppler-utils (pdftoppm) not installed");
        pdf = AnswerSheetPdf.of(COPY);
    }

    private static Optional<SheetLayout.Page> pages(SheetCode code) {
        return code.copyId().filter(id -> id == 31).map(id -> LAYOUT.get(code.page() - 1));
    }

    /** Marks about a quarter of the page's bubbles: crosses mostly, some cancels and faint strokes. */
    private static Map<Integer, Pen> pens(SheetLayout.Page page, long seed) {
        Random random = new Random(seed);
        Map<Integer, Pen> pens = new HashMap<>();
        for (SheetLayout.Bubble b : page.bubbles()) {
            int r = random.nextInt(20);
            if (r < 4) {
                pens.put(b.index(), Pen.CROSS);
            } else if (r == 4) {
                pens.put(b.index(), Pen.CANCEL);
            } else if (r == 5) {
                pens.put(b.index(), Pen.FAINT);
            }
        }
        return pens;
    }

    /** The darkness range each kind of mark measured, printed for docs/benchmarks.md's record of the margins. */
    private static final Map<Mark, double[]> RANGES = new java.util.EnumMap<>(Mark.class);

    private static List<String> check(String what, BufferedImage image, SheetLayout.Page page, Map<Integer, Pen> pens,
            boolean upsideDown) {
        SheetReader.Reading reading = SheetReader.read(image, SheetReaderTest::pages);
        List<String> wrong = new ArrayList<>();
        if (reading.status() != SheetReader.Status.READ) {
            wrong.add(what + ": " + reading.status() + " " + reading.problem());
            return wrong;
        }
        if (reading.code().page() != page.number() || reading.upsideDown() != upsideDown) {
            wrong.add(what + ": read as page " + reading.code().page() + ", upside down " + reading.upsideDown());
        }
        for (SheetLayout.Bubble b : page.bubbles()) {
            Pen pen = pens.get(b.index());
            Mark expected = pen == null ? Mark.EMPTY : switch (pen) {
                case CROSS -> Mark.MARKED;
                case CANCEL -> Mark.CANCELLED;
                case FAINT -> Mark.AMBIGUOUS;
            };
            double[] range = RANGES.computeIfAbsent(expected, m -> new double[] {1, 0});
            range[0] = Math.min(range[0], reading.darkness()[b.index()]);
            range[1] = Math.max(range[1], reading.darkness()[b.index()]);
            if (reading.mark(b.index()) != expected) {
                wrong.add(String.format("%s: bubble %d (%s) %s at %.3f, meant %s", what, b.index(), b.kind(),
                        reading.mark(b.index()), reading.darkness()[b.index()], expected));
            }
        }
        return wrong;
    }

    @Test
    void marksAreReadAtEveryResolutionTurnedShiftedUpsideDownAndDarker() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (int dpi : new int[] {150, 200, 300}) {
            List<BufferedImage> pages = SheetFiller.render(pdf, dpi);
            for (SheetLayout.Page page : LAYOUT) {
                Map<Integer, Pen> pens = pens(page, dpi * 10L + page.number());
                BufferedImage image = pages.get(page.number() - 1);
                for (SheetLayout.Bubble b : page.bubbles()) {
                    if (pens.containsKey(b.index())) {
                        SheetFiller.mark(image, dpi, b, pens.get(b.index()));
                    }
                }
                String at = dpi + " dpi page " + page.number();
                wrong.addAll(check(at + " straight", image, page, pens, false));
                wrong.addAll(check(at + " +3°", SheetFiller.turn(image, 3, -(int) (dpi / 20.0), (int) (dpi / 25.0)),
                        page, pens, false));
                wrong.addAll(check(at + " -3°", SheetFiller.turn(image, -3, (int) (dpi / 20.0), -(int) (dpi / 25.0)),
                        page, pens, false));
                wrong.addAll(check(at + " upside down", SheetFiller.upsideDown(SheetFiller.turn(image, 2, 4, 4)),
                        page, pens, true));
                wrong.addAll(check(at + " darker, noisy", SheetFiller.darkerWithNoise(image, dpi), page, pens,
                        false));
            }
        }
        RANGES.forEach((mark, range) -> System.out.printf("%s measured %.3f to %.3f%n", mark, range[0], range[1]));
        assertEquals(List.of(), wrong);
    }

    @Test
    void aPageWithoutItsQrCodeIsFlaggedNotGuessed() throws Exception {
        BufferedImage image = SheetFiller.render(pdf, 150).get(0);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        double s = 150 / 25.4;
        g.fillRect((int) (165 * s), (int) (14 * s), (int) (31 * s), (int) (30 * s));
        g.dispose();
        assertEquals(SheetReader.Status.NO_QR, SheetReader.read(image, SheetReaderTest::pages).status());
        // a page cut through its left marks: no centre is guessed from half a mark
        BufferedImage cut = SheetFiller.render(pdf, 150).get(0);
        cut = cut.getSubimage((int) (10 * s), 0, cut.getWidth() - (int) (10 * s), cut.getHeight());
        assertEquals(SheetReader.Status.NO_MARKS, SheetReader.read(cut, SheetReaderTest::pages).status());
        BufferedImage blank = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        var b = blank.createGraphics();
        b.setColor(Color.WHITE);
        b.fillRect(0, 0, 1240, 1754);
        b.dispose();
        assertEquals(SheetReader.Status.NO_MARKS, SheetReader.read(blank, SheetReaderTest::pages).status());
    }
}
