package pl.certbank.printing.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.LongFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The files of a print job, made from its copies alone, so that the same job gives byte-identical files: the
 * candidates' ZIP (per copy its booklet and answer sheet, named by sheet number, and {@code manifest.csv}: sheet
 * number → copy → variant and seed → candidate slot → the SHA-256 of both PDFs) and, apart from it, the keys' ZIP.
 * Entries are written in sheet order with the publication time as their time; nothing else of the moment goes in.
 * Copies are made a few at a time in parallel (the common pool: pure computation, no container resource).
 */
public final class PrintBundle {

    private PrintBundle() {
    }

    /** One copy of the job: its sheet number, candidate slot, database id and arrangement. */
    public record Sheet(int number, String slot, long copyId, PaperCopy copy) {
    }

    /** What one copy's documents hash to, and how many pages its answer sheet has. */
    public record Printed(int number, int sheetPages, String booklet, String sheet, String key) {
    }

    /** The two files, their hashes, and each copy's documents' hashes in sheet order. */
    public record Files(byte[] candidates, String candidatesSha256, byte[] keys, String keysSha256,
            List<Printed> copies) {
    }

    /** Makes the job's files; {@code progress} hears the number of copies done after each copy. */
    public static Files of(List<Sheet> sheets, Instant published, LongFunction<byte[]> images, IntConsumer progress) {
        ByteArrayOutputStream candidates = new ByteArrayOutputStream();
        ByteArrayOutputStream keys = new ByteArrayOutputStream();
        List<Printed> printed = new java.util.ArrayList<>();
        StringBuilder manifest = new StringBuilder(
                "sheet;copy;variant;seed;slot;sheet_pages;booklet_sha256;answer_sheet_sha256;form;snapshot_sha256\n");
        long time = published.toEpochMilli();
        try (ZipOutputStream zip = new ZipOutputStream(candidates);
                ZipOutputStream keyZip = new ZipOutputStream(keys)) {
            zip.setLevel(6);
            keyZip.setLevel(6);
            int done = 0;
            int chunk = Math.max(1, Runtime.getRuntime().availableProcessors()) * 4;
            for (int from = 0; from < sheets.size(); from += chunk) {
                // made in parallel, written in sheet order: every document depends on its copy alone
                List<Made> made = sheets.subList(from, Math.min(sheets.size(), from + chunk)).parallelStream()
                        .map(s -> new Made(s, BookletPdf.of(s.copy(), images), AnswerSheetPdf.of(s.copy()),
                                KeyPdf.of(s.copy()), SheetLayout.of(s.copy().snapshot(), s.copy().variant()).size()))
                        .toList();
                for (Made m : made) {
                    Sheet s = m.sheet();
                    PaperCopy copy = s.copy();
                    byte[] booklet = m.booklet();
                    byte[] sheet = m.answerSheet();
                    byte[] key = m.key();
                    int pages = m.pages();
                    String prefix = String.format("%04d", s.number());
                    put(zip, prefix + "-booklet.pdf", booklet, time);
                    put(zip, prefix + "-answer-sheet.pdf", sheet, time);
                    put(keyZip, prefix + "-key.pdf", key, time);
                    Printed p = new Printed(s.number(), pages, sha256(booklet), sha256(sheet), sha256(key));
                    printed.add(p);
                    manifest.append(s.number()).append(';').append(s.copyId()).append(';')
                            .append(copy.variant().name()).append(';').append(copy.variant().seed()).append(';')
                            .append(csv(s.slot())).append(';').append(pages).append(';').append(p.booklet())
                            .append(';').append(p.sheet()).append(';').append(copy.snapshot().code()).append(';')
                            .append(copy.snapshotHash()).append('\n');
                    progress.accept(++done);
                }
            }
            put(zip, "manifest.csv", manifest.toString().getBytes(StandardCharsets.UTF_8), time);
            StringBuilder keyManifest = new StringBuilder("sheet;copy;variant;seed;slot;key_sha256\n");
            for (int i = 0; i < sheets.size(); i++) {
                Sheet s = sheets.get(i);
                keyManifest.append(s.number()).append(';').append(s.copyId()).append(';')
                        .append(s.copy().variant().name()).append(';').append(s.copy().variant().seed()).append(';')
                        .append(csv(s.slot())).append(';').append(printed.get(i).key()).append('\n');
            }
            put(keyZip, "manifest.csv", keyManifest.toString().getBytes(StandardCharsets.UTF_8), time);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] c = candidates.toByteArray();
        byte[] k = keys.toByteArray();
        return new Files(c, sha256(c), k, sha256(k), List.copyOf(printed));
    }

    private record Made(Sheet sheet, byte[] booklet, byte[] answerSheet, byte[] key, int pages) {
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes, long time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String csv(String value) {
        return value.replace(';', ',').replace('\n', ' ');
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

}
