package pl.certbank.assembly.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.certbank.assembly.control.TinyBank.demand;
import static pl.certbank.assembly.control.TinyBank.item;

import java.util.List;
import org.junit.jupiter.api.Test;

class PoolTest {

    private static final List<Candidate> POOL = List.of(item(1, "Z1.1.1", "MCQ", 100), item(2, "Z1.1.1", "MCQ", 480),
            item(3, "Z1.1.1", "MCQ", 530), item(4, "Z1.1.1", "ESSAY", 900), item(5, "Z1.1.2", "MCQ", 200),
            item(6, "Z1.1.2", "MCQ", 300), item(7, "Z1.1.2", "MCQ", 510), item(8, "Z1.1.1", "MCQ", 500));

    private static List<Long> ids(List<Candidate> pool) {
        return pool.stream().map(Candidate::itemId).toList();
    }

    @Test
    void keepsTheItemsClosestToTheTargetPerCriterionAndType() {
        Demand d = demand(1, 4).out(8L).build();
        // Z1.1.1 × MCQ: 2 and 3; Z1.1.1 × ESSAY: 4; Z1.1.2 × MCQ: 7 and 6; REF-8 is locked out.
        assertEquals(List.of(2L, 3L, 4L, 6L, 7L), ids(Pool.prefilter(d, POOL, 2)));
    }

    @Test
    void keepsLockedInItemsAndEnoughForEveryBoundedCell() {
        Demand d = demand(2, 2).bound(Cell.criterion("Z1.1.2"), 2, 2).in(0, 1L).build();
        List<Long> kept = ids(Pool.prefilter(d, POOL, 1));
        assertTrue(kept.contains(1L), kept.toString());
        // Z1.1.2 needs 2 items on each of 2 forms: one per combination would keep only REF-7, the top-up keeps all three.
        assertEquals(3, kept.stream().filter(id -> id >= 5 && id <= 7).count(), kept.toString());
    }
}
