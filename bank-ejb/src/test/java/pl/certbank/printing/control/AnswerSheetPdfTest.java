package pl.certbank.printing.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.certbank.publishing.control.Snapshot;

class AnswerSheetPdfTest {

    private final Snapshot snapshot = PaperFixture.snapshot(40);

    @Test
    void theSameCopyGivesTheSameBytesAndAnotherCopyOtherBytes() throws Exception {
        byte[] first = AnswerSheetPdf.of(PaperFixture.copy(snapshot, 7, 1234));
        byte[] second = AnswerSheetPdf.of(PaperFixture.copy(snapshot, 7, 1234));
        assertArrayEquals(first, second);
        byte[] other = AnswerSheetPdf.of(PaperFixture.copy(snapshot, 8, 99));
        assertTrue(!java.util.Arrays.equals(first, other));
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "certbank-paper");
        Files.createDirectories(dir);
        Files.write(dir.resolve("answer-sheet-7.pdf"), first);
    }

    @Test
    void everyItemHasItsBubblesOnOnePageAndNoBubblesOverlap() {
        PaperCopy copy = PaperFixture.copy(snapshot, 7, 1234);
        List<SheetLayout.Page> pages = SheetLayout.of(snapshot, copy.variant());
        Set<Integer> placed = new HashSet<>();
        for (SheetLayout.Page page : pages) {
            for (SheetLayout.Block block : page.blocks()) {
                assertTrue(placed.add(block.formPosition()), "placed once: " + block.reference());
                assertTrue(block.y() + block.height() <= SheetLayout.BOTTOM + 1e-9, block.reference());
            }
            List<SheetLayout.Bubble> bubbles = page.bubbles();
            for (int i = 0; i < bubbles.size(); i++) {
                for (int j = i + 1; j < bubbles.size(); j++) {
                    double dx = bubbles.get(i).x() - bubbles.get(j).x();
                    double dy = bubbles.get(i).y() - bubbles.get(j).y();
                    assertTrue(Math.hypot(dx, dy) > 2 * SheetLayout.RADIUS + 0.5,
                            "bubbles " + bubbles.get(i) + " and " + bubbles.get(j) + " overlap");
                }
            }
        }
        assertEquals(snapshot.items().size(), placed.size());
    }
}
