package pl.certbank.assembly.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.certbank.assembly.control.TinyBank.demand;
import static pl.certbank.assembly.control.TinyBank.item;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.certbank.assembly.control.Solution.Status;

class GreedyFormsTest {

    /** An item in a criterion of each set: it counts in both sets' maxima. */
    private static Candidate both(long id) {
        return new Candidate(id, id * 10, "REF-" + id, Set.of(Cell.criterion("Z1.1." + id), Cell.outcome("Z1.1"),
                Cell.set("Z1"), Cell.criterion("Z2.1." + id), Cell.outcome("Z2.1"), Cell.set("Z2"), Cell.type("MCQ")),
                500, Set.of(), null);
    }

    @Test
    void formsLeaveRoomForTheirLastPlaces() {
        // Two items in both sets would cover four criteria at once, but then Z1 (at most 2) and Z2 (at most 3) leave
        // one place for the two the form still needs: only one of them may go on.
        List<Candidate> pool = List.of(both(1), both(2), item(3, "Z2.2.1", "MCQ", 500), item(4, "Z2.2.2", "MCQ", 500),
                item(5, "Z2.3.1", "MCQ", 500), item(6, "Z1.2.1", "MCQ", 500));
        Demand d = demand(1, 4).bound(Cell.set("Z1"), 0, 2).bound(Cell.set("Z2"), 0, 3).build();
        List<List<Long>> forms = new GreedyForms(d, pool).build();
        assertEquals(4, forms.get(0).size(), forms.toString());
        assertEquals(List.of(), FormsCheck.violations(d, pool, forms));
        assertEquals(1, forms.get(0).stream().filter(id -> id <= 2).count(), forms.toString());
    }

    @Test
    void everyMaximumIsKept() {
        // The enemy pair and the family would each add a criterion; uses and sharing are limited to force variety.
        List<Candidate> pool = List.of(item(1, "Z1.1.1", "MCQ", 500, Set.of(2L), null),
                item(2, "Z1.1.2", "MCQ", 500, Set.of(1L), null), item(3, "Z1.1.3", "MCQ", 500, Set.of(), "F"),
                item(4, "Z1.2.1", "MCQ", 500, Set.of(), "F"), item(5, "Z1.2.2", "ESSAY", 500),
                item(6, "Z1.2.3", "ESSAY", 500), item(7, "Z1.1.1", "MCQ", 500), item(8, "Z1.1.2", "MCQ", 500));
        Demand d = demand(2, 3).bound(Cell.type("ESSAY"), 0, 1).shared(1).uses(1).build();
        List<List<Long>> forms = new GreedyForms(d, pool).build();
        assertEquals(List.of(), FormsCheck.violations(d, pool, forms), forms.toString());
    }

    @Test
    void lockedItemsGoWhereTheyAreLockedAndLockedOutOnesNowhere() {
        // Unlocked, REF-1 would go on form 1 (the first form takes the first of equal items) and REF-2 on form 2
        List<Candidate> pool = List.of(item(1, "Z1.1.1", "MCQ", 500), item(2, "Z1.1.2", "MCQ", 500),
                item(3, "Z1.1.1", "MCQ", 500), item(4, "Z1.1.3", "MCQ", 500), item(5, "Z1.1.3", "MCQ", 500));
        Demand d = demand(2, 2).uses(1).in(1, 1L).out(2L).build();
        List<List<Long>> forms = new GreedyForms(d, pool).build();
        assertTrue(forms.get(1).contains(1L), forms.toString());
        assertTrue(forms.stream().noneMatch(form -> form.contains(2L)), forms.toString());
        assertEquals(List.of(), FormsCheck.violations(d, pool, forms));
    }

    @Test
    void theConstructedFormsStandWhenTheSolverHasNoTimeLeft() {
        List<Candidate> pool = TinyBank.generated(7, 140);
        Demand d = Benchmark.demand(550);
        List<List<Long>> greedy = new GreedyForms(d, pool).build();
        assertEquals(List.of(), FormsCheck.violations(d, pool, greedy), "the generated bank is an easy one");
        List<Long> incumbents = new ArrayList<>();
        Solution s = new CpSatAssembly().solve(AssemblyModel.build(d, pool), Duration.ofMillis(1), 1,
                (elapsed, incumbent, bound) -> incumbents.add(incumbent));
        assertTrue(s.status() == Status.FEASIBLE || s.status() == Status.OPTIMAL, s.status().toString());
        assertEquals(List.of(), FormsCheck.violations(d, pool, s.forms()));
        assertTrue(s.objective() >= Objective.of(d, pool, greedy));
        assertTrue(s.bound() >= s.objective() && s.bound() <= Objective.ceiling(d, pool));
        assertNotNull(s.millisToFirst());
        assertEquals(Objective.of(d, pool, greedy), incumbents.get(0), "the first incumbent is the constructed one");
    }

    @Test
    void theCeilingCountsHowManyFormsEachCriterionCanReach() {
        // Z1.1.1 has one item used once: on one of three forms at most; Z1.1.2 is excluded; Z1.1.3 reaches all three.
        List<Candidate> pool = List.of(item(1, "Z1.1.1", "MCQ", 500), item(2, "Z1.1.2", "MCQ", 500),
                item(3, "Z1.1.3", "MCQ", 500), item(4, "Z1.1.3", "MCQ", 500), item(5, "Z1.1.3", "MCQ", 500));
        Demand d = demand(3, 1).bound(Cell.criterion("Z1.1.2"), 0, 0).uses(1).build();
        assertEquals(AssemblyModel.COVERAGE_WEIGHT * ((1 + 0 + 3) / 3), Objective.ceiling(d, pool));
    }

    @Test
    void theCeilingCountsTheCriteriaTheFormsPlacesCanHold() {
        // Six criteria with an item each could reach 6 / 2 = 3 per form, but two places per form hold two criteria.
        List<Candidate> pool = new ArrayList<>();
        for (long id = 1; id <= 6; id++) {
            pool.add(item(id, "Z1.1." + id, "MCQ", 500));
        }
        Demand d = demand(2, 2).uses(1).build();
        assertEquals(2 * AssemblyModel.COVERAGE_WEIGHT, Objective.ceiling(d, pool));
        assertEquals(3 * AssemblyModel.COVERAGE_WEIGHT, Objective.ceiling(demand(2, 2).uses(1).build(),
                List.of(both(1), both(2), pool.get(2), pool.get(3))), "an item in two criteria fills a place twice");
    }
}
