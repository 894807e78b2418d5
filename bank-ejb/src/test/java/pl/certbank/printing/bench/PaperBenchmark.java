package pl.certbank.printing.bench;

import com.lowagie.text.pdf.PdfReader;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import pl.certbank.printing.control.AnswerSheetPdf;
import pl.certbank.printing.control.BookletPdf;
import pl.certbank.printing.control.PaperCopy;
import pl.certbank.printing.control.PaperFixture;
import pl.certbank.printing.control.PrintBundle;
import pl.certbank.printing.control.SheetCode;
import pl.certbank.printing.control.SheetLayout;
import pl.certbank.publishing.control.Snapshot;
import pl.certbank.publishing.control.Variants;

/**
 * The paper benchmark of issue 11: a print job of {@code --copies} individually shuffled copies of the 40-item paper
 * form ({@link PaperFixture#snapshot(int)}), each with its question booklet ({@link BookletPdf}), its answer sheet
 * ({@link AnswerSheetPdf}) and the data needed to scan it back ({@link SheetLayout} as JSON), written to one ZIP as a
 * print job would. Not a test: run through {@code bank-ejb/src/test/bench/paper-benchmark.sh}, which times Auto
 * Multiple Choice on the same form side by side; see {@code docs/benchmarks.md}.
 * <p>
 * Options: {@code --copies 500}, {@code --threads 1} (1: everything on the calling thread; n &gt; 1: n workers make
 * the copies, the calling thread writes the ZIP in copy order), {@code --runs 2} (the first is the JVM's cold run),
 * {@code --seed 20261211} (copy i's seed is the i-th draw of a {@link SplittableRandom} seeded with it),
 * {@code --out target/paper-bench}, {@code --label t1} (names the ZIPs and the results file),
 * {@code --fixture-copy false} (see {@link #copy}), {@code --pdf stored}
 * (PDFs are Flate-compressed already, so the ZIP stores them; {@code deflated} compresses them again; the JSON is
 * always deflated). {@code --bundle true} runs the production print job instead: {@link PrintBundle#of} on the same
 * copies (booklets, answer sheets and the commission's keys, each copy's hashes in {@code manifest.csv}, the ZIPs
 * built in memory, one thread), both ZIPs then written to {@code --out}. With {@code --amc-source FILE} it writes the same form as Auto Multiple Choice source
 * ({@link AmcSource}, {@code --copies} copies) and exits.
 */
public final class PaperBenchmark {

    private static final long MIB = 1024 * 1024;
    private static final JsonGeneratorFactory JSON = JsonProvider.provider().createGeneratorFactory(Map.of());

    private final Map<String, String> options;
    private final Path out;
    private final int copies;
    private final int threads;
    private final long seed;
    private final boolean deflatePdf;
    private final boolean fixtureCopy;
    private final boolean bundle;

    private PaperBenchmark(Map<String, String> options) {
        this.options = options;
        this.out = Path.of(options.getOrDefault("out", "target/paper-bench"));
        this.copies = Integer.parseInt(options.getOrDefault("copies", "500"));
        this.threads = Integer.parseInt(options.getOrDefault("threads", "1"));
        this.seed = Long.parseLong(options.getOrDefault("seed", "20261211"));
        this.deflatePdf = options.getOrDefault("pdf", "stored").equals("deflated");
        this.fixtureCopy = Boolean.parseBoolean(options.getOrDefault("fixture-copy", "false"));
        this.bundle = Boolean.parseBoolean(options.getOrDefault("bundle", "false"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int a = 0; a + 1 < args.length; a += 2) {
            options.put(args[a].replaceFirst("^--", ""), args[a + 1]);
        }
        PaperBenchmark bench = new PaperBenchmark(options);
        if (options.containsKey("amc-source")) {
            Path file = Path.of(options.get("amc-source"));
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, AmcSource.of(PaperFixture.snapshot(40), bench.copies, bench.seed));
            System.out.println("AMC source of " + bench.copies + " copies written to " + file);
            return;
        }
        bench.run();
    }

    /** What one copy gives: its three files, its sheet's pages and the time each part took. */
    record Parts(long id, long seed, String tag, byte[] booklet, byte[] sheet, byte[] layout, int sheetPages,
            long copyNs, long bookletNs, long sheetNs, long layoutNs) {
    }

    /** What one run gave. */
    static final class Result {
        int run;
        long wallMs;
        long cpuMs;
        long bookletPages;
        long sheetPages;
        long pdfBytes;
        long jsonBytes;
        long zipBytes;
        long keyBytes = -1;
        String zipSha;
        long heapPeak;
        long heapAfterGc;
        long rssPeak;
        long gcCount;
        long gcMs;
        long copyNs;
        long bookletNs;
        long sheetNs;
        long layoutNs;
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        String label = options.getOrDefault("label", "t" + threads);
        int runs = Integer.parseInt(options.getOrDefault("runs", "2"));
        System.out.printf(Locale.ROOT, "%d copies, %s, seed %d, snapshot hash %s; JVM %s, max heap %d MiB, %d cpus,"
                + " GC %s%n", copies,
                bundle ? "production print job (PrintBundle.of: booklets, answer sheets, keys,"
                        + " manifest; one thread, PDFs deflated, files in memory)"
                        : threads + " thread(s), PDFs " + (deflatePdf ? "deflated" : "stored")
                                + " in the ZIP, layout JSON per copy",
                seed,
                fixtureCopy ? "per copy (PaperFixture.copy)" : "once per job",
                System.getProperty("java.vm.version"), Runtime.getRuntime().maxMemory() / MIB,
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName).toList());
        StringBuilder table = new StringBuilder(header()).append('\n');
        for (int r = 1; r <= runs; r++) {
            Result result = job(r, out.resolve("job-" + label + "-run" + r + ".zip"));
            String line = line(label, result);
            System.out.println(line);
            table.append(line).append('\n');
        }
        Path results = out.resolve("results-" + label + ".md");
        Files.writeString(results, table.toString());
        System.out.println("(written to " + results.toAbsolutePath() + ")");
    }

    private Result job(int run, Path zip) throws Exception {
        Snapshot check = PaperFixture.snapshot(40);
        if (!copy(check, PaperFixture.hash(check), 1, 1234).equals(PaperFixture.copy(check, 1, 1234))) {
            throw new IllegalStateException("the benchmark's copy differs from PaperFixture.copy's");
        }
        System.gc();
        resetPeakRss();
        Result r = new Result();
        r.run = run;
        long gcCount0 = gcCount();
        long gcMs0 = gcMs();
        long cpu0 = cpuNs();
        Sampler sampler = new Sampler();
        sampler.start();
        long t0 = System.nanoTime();
        // everything a print job does is inside the timing: the snapshot, each copy's variant, its files, the ZIP
        Snapshot snapshot = PaperFixture.snapshot(40);
        String hash = PaperFixture.hash(snapshot);
        long[] seeds = seeds(seed, copies);
        if (bundle) {
            List<PrintBundle.Sheet> sheets = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                sheets.add(new PrintBundle.Sheet(i + 1, "slot " + (i + 1), i + 1, copy(snapshot, hash, i + 1,
                        seeds[i])));
            }
            PrintBundle.Files files = PrintBundle.of(sheets, PaperFixture.PUBLISHED, image -> null, done -> {
            });
            Files.write(zip, files.candidates());
            Path keys = zip.resolveSibling(zip.getFileName().toString().replace(".zip", "-keys.zip"));
            Files.write(keys, files.keys());
            r.keyBytes = files.keys().length;
            return finish(r, zip, t0, cpu0, gcCount0, gcMs0, sampler);
        }
        try (ZipOutputStream zos = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), 1 << 16))) {
            ByteArrayOutputStream manifest = new ByteArrayOutputStream();
            JsonGenerator m = JSON.createGenerator(manifest);
            m.writeStartObject().write("form", snapshot.code()).write("snapshotHash", hash)
                    .write("copies", copies).writeStartArray("files");
            if (threads <= 1) {
                for (int i = 0; i < copies; i++) {
                    write(zos, m, make(snapshot, hash, i + 1, seeds[i]), r);
                }
            } else {
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                try {
                    ArrayDeque<Future<Parts>> window = new ArrayDeque<>();
                    int next = 0;
                    while (next < copies || !window.isEmpty()) {
                        while (next < copies && window.size() < 4 * threads) {
                            int id = next + 1;
                            long s = seeds[next];
                            window.add(pool.submit(() -> make(snapshot, hash, id, s)));
                            next++;
                        }
                        write(zos, m, window.poll().get(), r);
                    }
                } finally {
                    pool.shutdown();
                }
            }
            m.writeEnd().writeEnd().close();
            entry(zos, "job.json", manifest.toByteArray(), true);
        }
        return finish(r, zip, t0, cpu0, gcCount0, gcMs0, sampler);
    }

    private Result finish(Result r, Path zip, long t0, long cpu0, long gcCount0, long gcMs0, Sampler sampler)
            throws Exception {
        r.wallMs = ms(t0);
        r.cpuMs = TimeUnit.NANOSECONDS.toMillis(cpuNs() - cpu0);
        sampler.stop();
        r.heapPeak = sampler.peak.get();
        r.rssPeak = rss("VmHWM");
        r.gcCount = gcCount() - gcCount0;
        r.gcMs = gcMs() - gcMs0;
        System.gc();
        r.heapAfterGc = heapUsed();
        r.zipBytes = Files.size(zip);
        r.zipSha = sha256(zip).substring(0, 16);
        count(zip, r);
        return r;
    }

    /**
     * The copy {@link PaperFixture#copy} makes, with the snapshot's hash taken once per job as a print job reads it
     * from the stored form ({@code PaperFixture.copy} hashes the snapshot again for every copy: about 70 ms each
     * here, {@code SnapshotJson} looking up the JSON provider for every builder); {@code --fixture-copy true} calls
     * it as it is.
     */
    PaperCopy copy(Snapshot snapshot, String hash, long id, long seed) {
        return fixtureCopy ? PaperFixture.copy(snapshot, id, seed)
                : new PaperCopy(snapshot, hash, PaperFixture.PUBLISHED, Variants.of("P" + id, seed,
                        snapshot.arrangeable()), SheetCode.COPY + id, "egzemplarz " + id);
    }

    /** One copy: its variant, booklet, answer sheet and scan-back layout. */
    Parts make(Snapshot snapshot, String hash, long id, long seed) {
        long t0 = System.nanoTime();
        PaperCopy copy = copy(snapshot, hash, id, seed);
        long t1 = System.nanoTime();
        byte[] booklet = BookletPdf.of(copy, image -> null);
        long t2 = System.nanoTime();
        byte[] sheet = AnswerSheetPdf.of(copy);
        long t3 = System.nanoTime();
        List<SheetLayout.Page> pages = SheetLayout.of(snapshot, copy.variant());
        byte[] layout = layoutJson(copy, pages);
        long t4 = System.nanoTime();
        return new Parts(id, seed, copy.tag(), booklet, sheet, layout, pages.size(), t1 - t0, t2 - t1, t3 - t2,
                t4 - t3);
    }

    /**
     * What the scanner needs to read a page of this copy back: the copy and its variant (item order, every item's
     * arranged ids), and per page its QR text and every bubble (kind, item position and reference, row and column
     * ids, centre in mm), write-in box and item block. The reader could recompute all of it from the QR code and the
     * snapshot ({@link SheetLayout} is deterministic); the print job ships it anyway, as AMC's layout database does.
     */
    static byte[] layoutJson(PaperCopy copy, List<SheetLayout.Page> pages) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        JsonGenerator g = JSON.createGenerator(bytes);
        g.writeStartObject().write("form", copy.snapshot().code()).write("snapshotHash", copy.snapshotHash())
                .write("tag", copy.tag()).write("seed", copy.variant().seed()).write("label", copy.label());
        g.writeStartArray("items");
        copy.variant().items().forEach(g::write);
        g.writeEnd();
        g.writeStartArray("arrangements");
        for (List<List<String>> groups : copy.variant().arrangements()) {
            g.writeStartArray();
            for (List<String> group : groups) {
                g.writeStartArray();
                group.forEach(g::write);
                g.writeEnd();
            }
            g.writeEnd();
        }
        g.writeEnd();
        g.write("radius", SheetLayout.RADIUS).write("mark", SheetLayout.MARK);
        g.writeStartArray("marks");
        for (double[] mark : SheetLayout.MARKS) {
            g.writeStartArray().write(mark[0]).write(mark[1]).writeEnd();
        }
        g.writeEnd();
        g.writeStartArray("pages");
        for (SheetLayout.Page page : pages) {
            g.writeStartObject().write("number", page.number()).write("qr", copy.code(page.number(), page.pages()));
            g.writeStartArray("bubbles");
            for (SheetLayout.Bubble b : page.bubbles()) {
                g.writeStartArray().write(b.kind().name()).write(b.formPosition());
                if (b.reference() == null) {
                    g.writeNull();
                } else {
                    g.write(b.reference());
                }
                if (b.row() == null) {
                    g.writeNull();
                } else {
                    g.write(b.row());
                }
                g.write(b.column()).write(b.x()).write(b.y()).writeEnd();
            }
            g.writeEnd();
            g.writeStartArray("boxes");
            for (SheetLayout.Box b : page.boxes()) {
                g.writeStartArray().write(b.x()).write(b.y()).write(b.width()).write(b.height()).writeEnd();
            }
            g.writeEnd();
            g.writeStartArray("blocks");
            for (SheetLayout.Block b : page.blocks()) {
                g.writeStartObject().write("shown", b.shown()).write("position", b.formPosition())
                        .write("reference", b.reference()).write("type", b.type().name()).write("x", b.x())
                        .write("y", b.y()).write("width", b.width()).write("height", b.height()).writeEnd();
            }
            g.writeEnd();
            g.writeEnd();
        }
        g.writeEnd().writeEnd().close();
        return bytes.toByteArray();
    }

    private void write(ZipOutputStream zos, JsonGenerator manifest, Parts p, Result r) throws IOException {
        String dir = String.format(Locale.ROOT, "copies/%04d/", p.id());
        entry(zos, dir + "booklet.pdf", p.booklet(), deflatePdf);
        entry(zos, dir + "answer-sheet.pdf", p.sheet(), deflatePdf);
        entry(zos, dir + "layout.json", p.layout(), true);
        manifest.writeStartObject().write("copy", p.id()).write("seed", p.seed()).write("tag", p.tag())
                .write("dir", dir).write("sheetPages", p.sheetPages()).writeEnd();
        r.copyNs += p.copyNs();
        r.bookletNs += p.bookletNs();
        r.sheetNs += p.sheetNs();
        r.layoutNs += p.layoutNs();
    }

    /** An entry with a fixed time (the same job gives the same ZIP), stored or deflated. */
    private static void entry(ZipOutputStream zos, String name, byte[] bytes, boolean deflate) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(PaperFixture.PUBLISHED.toEpochMilli());
        if (!deflate) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            e.setMethod(ZipEntry.STORED);
            e.setSize(bytes.length);
            e.setCompressedSize(bytes.length);
            e.setCrc(crc.getValue());
        }
        zos.putNextEntry(e);
        zos.write(bytes);
        zos.closeEntry();
    }

    /** After the timing: every PDF of the ZIP opened again, its pages counted (and so the ZIP checked). */
    private static void count(Path zip, Result r) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.getName().endsWith(".json")) {
                    r.jsonBytes += e.getSize();
                }
                if (!e.getName().endsWith(".pdf")) {
                    continue;
                }
                r.pdfBytes += e.getSize();
                try (InputStream in = file.getInputStream(e)) {
                    PdfReader reader = new PdfReader(in.readAllBytes());
                    int pages = reader.getNumberOfPages();
                    reader.close();
                    if (e.getName().endsWith("booklet.pdf")) {
                        r.bookletPages += pages;
                    } else {
                        r.sheetPages += pages;
                    }
                }
            }
        }
    }

    static long[] seeds(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] seeds = new long[n];
        for (int i = 0; i < n; i++) {
            seeds[i] = random.nextLong();
        }
        return seeds;
    }

    static String header() {
        return "| config | run | wall s | copies/s | CPU s | pages (booklet + sheet) | PDF MiB | JSON MiB | ZIP MiB |"
                + " heap peak MiB | heap after GC MiB | peak RSS MiB | GCs (ms) | copy / booklet / sheet / layout s |"
                + " ZIP SHA-256 |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";
    }

    String line(String label, Result r) {
        String zipMiB = String.format(Locale.ROOT, "%.1f", r.zipBytes / (double) MIB) + (r.keyBytes < 0 ? ""
                : String.format(Locale.ROOT, " (+ keys %.1f)", r.keyBytes / (double) MIB));
        String parts = bundle ? "–"
                : String.format(Locale.ROOT, "%.2f / %.2f / %.2f / %.2f", r.copyNs / 1e9, r.bookletNs / 1e9,
                        r.sheetNs / 1e9, r.layoutNs / 1e9);
        return String.format(Locale.ROOT, "| %s | %d%s | %.2f | %.0f | %.2f | %,d (%,d + %,d) | %.1f | %.1f | %s |"
                + " %d | %d | %d | %d (%d) | %s | %s |", label, r.run, r.run == 1 ? " (cold)" : "", r.wallMs / 1000.0,
                copies * 1000.0 / Math.max(1, r.wallMs), r.cpuMs / 1000.0, r.bookletPages + r.sheetPages,
                r.bookletPages, r.sheetPages, r.pdfBytes / (double) MIB, r.jsonBytes / (double) MIB, zipMiB,
                r.heapPeak / MIB, r.heapAfterGc / MIB, r.rssPeak / MIB, r.gcCount, r.gcMs, parts, r.zipSha);
    }

    private static long ms(long t0) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    private static long cpuNs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .sum();
    }

    private static long gcMs() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Linux: writing 5 to clear_refs resets the peak RSS (VmHWM) of the process. */
    private static void resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // not Linux or not allowed: the peak then covers the whole run so far
        }
    }

    /** A field of /proc/self/status in bytes (0 where unknown). */
    private static long rss(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** Samples the used heap every 10 ms. */
    private static final class Sampler implements Runnable {

        final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        void start() {
            thread = new Thread(this, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
            thread.interrupt();
            peak.accumulateAndGet(heapUsed(), Math::max);
        }

        @Override
        public void run() {
            while (running) {
                peak.accumulateAndGet(heapUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
