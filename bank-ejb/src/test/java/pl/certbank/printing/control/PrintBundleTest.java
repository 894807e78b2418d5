package pl.certbank.printing.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.certbank.publishing.control.Snapshot;

class PrintBundleTest {

    private final Snapshot snapshot = PaperFixture.snapshot(40);

    private List<PrintBundle.Sheet> sheets() {
        List<PrintBundle.Sheet> sheets = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            sheets.add(new PrintBundle.Sheet(i, "slot-" + i, 500 + i, PaperFixture.copy(snapshot, 500 + i, 77L * i)));
        }
        return sheets;
    }

    @Test
    void theSameJobGivesByteIdenticalFilesAndReportsProgressPerCopy() {
        List<Integer> progress = new ArrayList<>();
        PrintBundle.Files first = PrintBundle.of(sheets(), PaperFixture.PUBLISHED, id -> null, progress::add);
        PrintBundle.Files second = PrintBundle.of(sheets(), PaperFixture.PUBLISHED, id -> null, done -> {
        });
        assertArrayEquals(first.candidates(), second.candidates());
        assertArrayEquals(first.keys(), second.keys());
        assertEquals(first.candidatesSha256(), second.candidatesSha256());
        assertEquals(PrintBundle.sha256(first.candidates()), first.candidatesSha256());
        assertEquals(List.of(1, 2, 3), progress);
        assertEquals(3, first.copies().size());
        assertTrue(first.copies().stream().allMatch(c -> c.sheetPages() >= 1));
    }
}
