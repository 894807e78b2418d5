package pl.certbank.printing.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import pl.certbank.printing.control.AnswerSheetPdf;
import pl.certbank.printing.control.PaperCopy;
import pl.certbank.printing.control.PaperFixture;
import pl.certbank.printing.control.SheetFiller;
import pl.certbank.printing.control.SheetLayout;
import pl.certbank.printing.control.SheetReader;
import pl.certbank.publishing.control.Snapshot;

/**
 * Scanning speed (docs/benchmarks.md, issue 11: at least 10 sheets a second at 200 dpi on 2 cores): answer-sheet pages
 * of the 40-item fixture rendered by pdftoppm, about a quarter of their bubbles crossed, turned by 2° and stored as
 * PNG as a scanner would deliver them; then read by {@link SheetReader} on 1 and 2 threads, with the PNG decode (what an
 * upload costs) and without it (the reader alone). A {@code main}, not a test:
 * {@code java -cp ... pl.certbank.printing.bench.ScanBenchmark [pages=200] [dpi=200] [rounds=3]}.
 */
public final class ScanBenchmark {

    private ScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int dpi = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Snapshot snapshot = PaperFixture.snapshot(40);
        PaperCopy copy = PaperFixture.copy(snapshot, 91, 9191);
        List<SheetLayout.Page> layout = SheetLayout.of(snapshot, copy.variant());
        List<BufferedImage> rendered = SheetFiller.render(AnswerSheetPdf.of(copy), dpi);
        List<byte[]> pngs = new ArrayList<>();
        Random random = new Random(5);
        for (int p = 0; p < rendered.size(); p++) {
            for (SheetLayout.Bubble b : layout.get(p).bubbles()) {
                if (random.nextInt(4) == 0) {
                    SheetFiller.mark(rendered.get(p), dpi, b, SheetFiller.Pen.CROSS);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(SheetFiller.turn(rendered.get(p), 2, 0, 0), "png", out);
            pngs.add(out.toByteArray());
        }
        List<BufferedImage> decoded = new ArrayList<>();
        for (byte[] png : pngs) {
            decoded.add(ImageIO.read(new ByteArrayInputStream(png)));
        }
        long bytes = pngs.stream().mapToLong(b -> b.length).sum();
        System.out.printf("%d pages at %d dpi (%d distinct, %.0f kB PNG each), %d cores%n", pages, dpi,
                pngs.size(), bytes / 1024.0 / pngs.size(), Runtime.getRuntime().availableProcessors());
        for (int round = 1; round <= rounds; round++) {
            for (int threads : new int[] {1, 2}) {
                double withDecode = run(pages, threads, i -> {
                    BufferedImage image = ImageIO.read(new ByteArrayInputStream(pngs.get(i % pngs.size())));
                    return read(image, layout);
                });
                double readerOnly = run(pages, threads, i -> read(decoded.get(i % decoded.size()), layout));
                System.out.printf("round %d, %d thread(s): %.1f pages/s with PNG decode, %.1f pages/s reader alone%n",
                        round, threads, withDecode, readerOnly);
            }
        }
    }

    private static SheetReader.Status read(BufferedImage image, List<SheetLayout.Page> layout) {
        SheetReader.Reading reading = new SheetReader().read(image, code -> Optional.of(layout.get(code.page() - 1)));
        if (reading.status() != SheetReader.Status.READ) {
            throw new IllegalStateException("not read: " + reading.problem());
        }
        return reading.status();
    }

    interface Page {
        SheetReader.Status read(int index) throws Exception;
    }

    /** Pages per second reading {@code pages} pages on {@code threads} threads. */
    private static double run(int pages, int threads, Page page) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final int first = t;
                futures.add(pool.submit(() -> {
                    for (int i = first; i < pages; i += threads) {
                        page.read(i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return pages / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }
}
