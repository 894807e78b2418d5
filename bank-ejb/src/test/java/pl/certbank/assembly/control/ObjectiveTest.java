package pl.certbank.assembly.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.certbank.assembly.control.TinyBank.demand;
import static pl.certbank.assembly.control.TinyBank.item;

import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectiveTest {

    private static final List<Candidate> POOL = List.of(item(1, "Z1.1.1", "MCQ", 500), item(2, "Z1.1.2", "MCQ", 700),
            item(3, "Z1.1.1", "MCQ", 400), item(4, "Z1.1.3", "MCQ", 600));

    @Test
    void theWorstCoveredFormCountsThenEveryFormsDeviation() {
        // Form 1: criteria Z1.1.1, Z1.1.2, sum 1200 against 1000 -> 200. Form 2: only Z1.1.1, sum 900 -> 100.
        Demand d = demand(2, 2).build();
        assertEquals(1000 * 1 - 200 - 100, Objective.of(d, POOL, List.of(List.of(1L, 2L), List.of(1L, 3L))));
        assertEquals(1000 * 2 - 200 - 0, Objective.of(d, POOL, List.of(List.of(1L, 2L), List.of(3L, 4L))));
    }

    @Test
    void theTargetSetsTheDeviation() {
        Demand d = demand(1, 2).band(0, 600, 1000).build();
        assertEquals(2000, Objective.of(d, POOL, List.of(List.of(1L, 2L))));
        // REF-3 + REF-4: two criteria, sum 1000 against 1200.
        assertEquals(2000 - 200, Objective.of(d, POOL, List.of(List.of(3L, 4L))));
    }
}
