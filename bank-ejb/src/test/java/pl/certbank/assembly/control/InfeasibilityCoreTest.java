package pl.certbank.assembly.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.certbank.assembly.control.TinyBank.demand;
import static pl.certbank.assembly.control.TinyBank.item;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.certbank.assembly.control.Solution.Status;

class InfeasibilityCoreTest {

    @Test
    void aSubtleClashNamesTheRulesInvolvedAndNoOthers() {
        // Each rule alone can be met: criterion Z1.1.1 has three items, the bank has easy items for the band. But
        // Z1.1.1's items are all hard, so two of them plus one easy item average 0.37 < 0.5. Enemies, a family and a
        // lock that play no part must stay out of the answer.
        List<Candidate> pool = List.of(item(1, "Z1.1.1", "MCQ", 100), item(2, "Z1.1.1", "MCQ", 100),
                item(3, "Z1.1.1", "MCQ", 100), item(4, "Z1.2.1", "MCQ", 900, Set.of(5L), null),
                item(5, "Z1.2.1", "MCQ", 900), item(6, "Z1.2.2", "MCQ", 900, Set.of(), "F"),
                item(7, "Z1.2.2", "MCQ", 900, Set.of(), "F"), item(8, "Z1.2.2", "MCQ", 900));
        Demand d = demand(1, 3).bound(Cell.criterion("Z1.1.1"), 2, 3).band(500, 600, 1000).out(8L).build();
        assertEquals(List.of(), Feasibility.diagnose(d, pool), "no cheap check sees this one");

        Solution s = new CpSatAssembly().solve(AssemblyModel.build(d, pool), Duration.ofSeconds(10), 2, null);

        assertEquals(Status.INFEASIBLE, s.status());
        assertEquals(List.of("length 3", "criterion Z1.1.1 at least 2 per form", "facility band form 1"),
                s.conflicts());
        assertEquals(List.of(), s.forms());
        assertEquals(null, s.millisToFirst());
    }

    @Test
    void aFeasibleModelHasNoConflicts() {
        List<Candidate> pool = List.of(item(1, "Z1.1.1", "MCQ", 100), item(2, "Z1.1.1", "MCQ", 900));
        Solution s = new CpSatAssembly().solve(AssemblyModel.build(demand(1, 2).build(), pool),
                Duration.ofSeconds(10), 1, null);
        assertEquals(Status.OPTIMAL, s.status());
        assertEquals(List.of(), s.conflicts());
    }
}
