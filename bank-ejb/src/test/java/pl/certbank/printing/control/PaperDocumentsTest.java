package pl.certbank.printing.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.certbank.items.entity.PlainText;
import pl.certbank.items.entity.answers.Choice;
import pl.certbank.items.entity.answers.Labelled;
import pl.certbank.items.entity.answers.Matching;
import pl.certbank.items.entity.answers.Ordering;
import pl.certbank.items.entity.answers.ShortAnswer;
import pl.certbank.publishing.control.Snapshot;

/** The booklet, sheet and key as poppler's tools read them: texts, fonts, pages, and no key in a candidate's PDF. */
class PaperDocumentsTest {

    private static final String POLISH = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";
    private static Path dir;
    private final Snapshot snapshot = PaperFixture.snapshot(40);
    private final PaperCopy copy = PaperFixture.copy(snapshot, 11, 987654321L);

    @BeforeAll
    static void poppler() throws IOException {
        assumeTrue(Poppler.available(), "poppler-utils (pdftotext, pdffonts) not installed");
        dir = Files.createTempDirectory("certbank-paper-docs");
    }

    @Test
    void theBookletCarriesEveryPolishLetterAndEveryItemsTextWithEmbeddedFontsOnly() throws Exception {
        Path booklet = write("booklet.pdf", BookletPdf.of(copy, id -> null));
        String text = Poppler.text(booklet);
        for (char c : POLISH.toCharArray()) {
            assertTrue(text.indexOf(c) >= 0, "letter " + c + " round-trips");
        }
        String flat = flat(text);
        for (Snapshot.Item item : snapshot.items()) {
            for (String piece : candidateTexts(item)) {
                assertTrue(flat.contains(flat(piece)), item.reference() + ": " + piece);
            }
        }
        assertTrue(flat.contains(flat(snapshot.qualification().name())));
        assertTrue(flat.contains(flat("Formularz " + snapshot.code())));
        assertTrue(flat.contains(flat(AnswerSheetPdf.HOW_TO_CANCEL)));
        assertTrue(flat.contains(flat("czas: 60 min")));
        assertTrue(flat.contains(flat(copy.snapshotHash().substring(0, 16))));
        assertOnlyEmbeddedFonts(booklet);
        assertOnlyEmbeddedFonts(write("sheet.pdf", AnswerSheetPdf.of(copy)));
        assertOnlyEmbeddedFonts(write("key.pdf", KeyPdf.of(copy)));
    }

    @Test
    void noQuestionIsSplitAcrossPagesAndEveryPageIsNumbered() throws Exception {
        Path booklet = write("booklet-pages.pdf", BookletPdf.of(copy, id -> null));
        int pages = Poppler.pages(booklet);
        assertTrue(pages > 2, "40 items take more than two pages: " + pages);
        List<String> pageTexts = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            String page = Poppler.text(booklet, p);
            assertTrue(flat(page).contains(flat("Strona " + p + " z " + pages)), "page " + p + " numbered");
            pageTexts.add(flat(page));
        }
        for (Snapshot.Item item : snapshot.items()) {
            List<String> pieces = candidateTexts(item);
            int onPage = -1;
            for (int p = 0; p < pages; p++) {
                final int page = p;
                if (pieces.stream().allMatch(piece -> pageTexts.get(page).contains(flat(piece)))) {
                    onPage = p;
                }
            }
            assertTrue(onPage >= 0, item.reference() + " has its stem and all its options on one page");
        }
    }

    @Test
    void theKeyIsNeverInACandidatesPdfAndCarriesEveryKey() throws Exception {
        String candidate = flat(Poppler.text(write("b.pdf", BookletPdf.of(copy, id -> null))))
                + flat(Poppler.text(write("s.pdf", AnswerSheetPdf.of(copy))));
        String key = flat(Poppler.text(write("k.pdf", KeyPdf.of(copy))));
        assertTrue(key.contains(flat("wyłącznie dla komisji")));
        assertFalse(candidate.contains(flat("Klucz odpowiedzi")));
        assertFalse(candidate.contains(flat("uznawane:")));
        int shown = 0;
        for (int position : copy.variant().items()) {
            shown++;
            Snapshot.Item item = snapshot.items().get(position);
            String line = flat(KeyPdf.key(item, position, copy.variant()));
            assertTrue(key.contains(line), "key of " + item.reference() + ": " + line);
            assertTrue(key.contains(flat(item.reference())));
            if (item.answer() instanceof ShortAnswer answer) {
                for (String accepted : answer.accepted()) {
                    String a = flat(PlainText.spaced(accepted));
                    if (!flat(PlainText.spaced(item.stem())).contains(a) && a.length() > 3) {
                        assertFalse(candidate.contains(a), "accepted answer of " + item.reference() + " leaked");
                    }
                }
            }
        }
        assertEquals(snapshot.items().size(), shown);
    }

    @Test
    void theSameCopyGivesByteIdenticalBookletsAndKeys() {
        assertArrayEquals(BookletPdf.of(copy, id -> null), BookletPdf.of(PaperFixture.copy(snapshot, 11, 987654321L),
                id -> null));
        assertArrayEquals(KeyPdf.of(copy), KeyPdf.of(PaperFixture.copy(snapshot, 11, 987654321L)));
        assertFalse(java.util.Arrays.equals(BookletPdf.of(copy, id -> null),
                BookletPdf.of(PaperFixture.copy(snapshot, 12, 5L), id -> null)));
    }

    /** What a candidate must read of an item: its stem and every option, premise, response or element. */
    static List<String> candidateTexts(Snapshot.Item item) {
        List<String> texts = new ArrayList<>();
        for (StemBlocks.Block block : StemBlocks.of(item.stem())) {
            if (block.text() != null && !block.text().isBlank()) {
                texts.add(block.text());
            }
        }
        var view = item.view();
        List<Labelled> labelled = new ArrayList<>();
        if (view instanceof Choice.View v) {
            labelled.addAll(v.options());
        } else if (view instanceof Matching.View v) {
            labelled.addAll(v.premises());
            labelled.addAll(v.responses());
        } else if (view instanceof Ordering.View v) {
            labelled.addAll(v.elements());
        }
        labelled.forEach(l -> texts.add(PlainText.spaced(l.text())));
        return texts;
    }

    private static void assertOnlyEmbeddedFonts(Path pdf) throws Exception {
        List<String> fonts = Poppler.fonts(pdf);
        assertFalse(fonts.isEmpty(), "fonts listed for " + pdf);
        for (String line : fonts) {
            assertTrue(line.matches(".*\\byes\\s+yes\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"), "embedded subset: " + line);
        }
    }

    /** Text without whitespace, hyphenation or ligature differences, for comparing what pdftotext gives. */
    static String flat(String text) {
        return text.replaceAll("[\\s\\u00ad]+", "").replace('\u2011', '-');
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** poppler-utils, run as processes; {@code -raw} keeps a table cell's lines together (content order). */
    static final class Poppler {
        static boolean available() {
            try {
                return new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start().waitFor() == 0;
            } catch (IOException | InterruptedException e) {
                return false;
            }
        }

        static String text(Path pdf) throws Exception {
            return run("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-");
        }

        static String text(Path pdf, int page) throws Exception {
            return run("pdftotext", "-raw", "-enc", "UTF-8", "-f", "" + page, "-l", "" + page, pdf.toString(), "-");
        }

        static int pages(Path pdf) throws Exception {
            return run("pdfinfo", pdf.toString()).lines().filter(l -> l.startsWith("Pages:"))
                    .map(l -> Integer.parseInt(l.substring(6).trim())).findFirst().orElseThrow();
        }

        static List<String> fonts(Path pdf) throws Exception {
            return run("pdffonts", pdf.toString()).lines().skip(2).filter(l -> !l.isBlank()).toList();
        }

        static String run(String... command) throws Exception {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            process.getErrorStream().readAllBytes();
            assertEquals(0, process.waitFor(), String.join(" ", command));
            return new String(out, StandardCharsets.UTF_8);
        }
    }
}
