package pl.certbank.assembly.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.certbank.assembly.control.TinyBank.demand;
import static pl.certbank.assembly.control.TinyBank.item;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.certbank.assembly.control.Swaps.Swap;

class SwapsTest {

    private static final List<Candidate> POOL = List.of(item(1, "Z1.1.1", "MCQ", 500, Set.of(5L), null),
            item(2, "Z1.1.2", "MCQ", 500), item(3, "Z1.1.2", "MCQ", 450), item(4, "Z1.1.3", "MCQ", 300),
            item(5, "Z1.1.3", "MCQ", 500), item(6, "Z1.1.2", "MCQ", 900), item(7, "Z1.1.1", "MCQ", 500));

    private static final Demand DEMAND = demand(1, 2).band(400, 500, 700).out(7L).build();

    @Test
    void validExchangesRankedByLeastLoss() {
        // Out goes REF-2 from [1, 2] (objective 2000). REF-3: 2000 - 50; REF-4: 2000 - 200; REF-6: 2000 - 400, mean
        // 0.7 still in the band. REF-5 is REF-1's enemy, REF-7 is locked out.
        assertEquals(List.of(new Swap(3, -50), new Swap(4, -200), new Swap(6, -400)),
                Swaps.candidates(DEMAND, POOL, List.of(List.of(1L, 2L)), 0, 2L));
    }

    @Test
    void theBandExcludesASwap() {
        Demand narrow = demand(1, 2).band(400, 500, 650).build();
        assertEquals(List.of(3L, 4L, 7L), Swaps.candidates(narrow, POOL, List.of(List.of(1L, 2L)), 0, 2L).stream()
                .map(Swap::itemIn).toList());
    }

    @Test
    void anItemNotOnTheFormHasNoSwaps() {
        assertEquals(List.of(), Swaps.candidates(DEMAND, POOL, List.of(List.of(1L, 2L)), 0, 4L));
    }
}
