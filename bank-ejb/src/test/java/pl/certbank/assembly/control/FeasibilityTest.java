package pl.certbank.assembly.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.certbank.assembly.control.TinyBank.demand;
import static pl.certbank.assembly.control.TinyBank.item;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.certbank.assembly.control.Feasibility.Shortfall;

class FeasibilityTest {

    private static final Cell Z132 = Cell.criterion("Z1.3.2");

    /** Nine items for three criteria; the three of Z1.3.2 are REF-1..REF-3, REF-1 and REF-2 enemies. */
    private static List<Candidate> bank() {
        return List.of(item(1, "Z1.3.2", "MCQ", 500, Set.of(2L), null), item(2, "Z1.3.2", "MCQ", 500),
                item(3, "Z1.3.2", "MCQ", 500), item(4, "Z1.1.1", "MCQ", 400), item(5, "Z1.1.1", "ESSAY", 600),
                item(6, "Z1.1.1", "MCQ", 500), item(7, "Z1.2.1", "MCQ", 300), item(8, "Z1.2.1", "ESSAY", 700),
                item(9, "Z1.2.1", "MCQ", 500));
    }

    @Test
    void aFeasibleDemandHasNoShortfall() {
        assertEquals(List.of(), Feasibility.diagnose(demand(2, 4).bound(Z132, 1, 2).shared(1).build(), bank()));
    }

    @Test
    void aDemandTheSolverMeetsRaisesNoFalseAlarm() {
        assertEquals(List.of(), Feasibility.diagnose(Benchmark.demand(550), TinyBank.generated(7, 140)));
    }

    @Test
    void tooFewDistinctItemsForACellOnAllFormsWithLittleOverlap() {
        Demand d = demand(4, 3).bound(Z132, 2, 3).shared(1).build();
        assertEquals(List.of(new Shortfall(Z132, "spread", 4, 3, "criterion Z1.3.2: each of 4 forms needs 2 items "
                + "with at most 1 shared (each item on at most 4 forms), which takes at least 4 distinct items; the "
                + "bank has 3 approved items (2 of them enemies)")), Feasibility.diagnose(d, bank()));
    }

    @Test
    void enemiesAndFamiliesLimitWhatOneFormCanHold() {
        List<Candidate> pool = List.of(item(1, "Z1.3.2", "MCQ", 500, Set.of(2L), null), item(2, "Z1.3.2", "MCQ", 500),
                item(3, "Z1.3.2", "MCQ", 500, Set.of(), "F"), item(4, "Z1.3.2", "MCQ", 500, Set.of(), "F"),
                item(5, "Z1.1.1", "MCQ", 500), item(6, "Z1.1.1", "MCQ", 500));
        List<Shortfall> found = Feasibility.diagnose(demand(1, 4).bound(Z132, 3, 4).build(), pool);
        assertEquals(List.of(new Shortfall(Z132, "supply", 3, 2, "criterion Z1.3.2: each form needs 3 items, the "
                + "bank has 4 approved items (2 of them enemies, 2 in families), of which at most 2 can share a form")),
                found);
    }

    @Test
    void aSmallBankCannotFillAForm() {
        Shortfall s = Feasibility.diagnose(demand(1, 10).build(), bank()).get(0);
        assertEquals(null, s.cell());
        assertEquals("each form needs 10 items, the bank has 9 approved items (2 of them enemies), of which at most 8 "
                + "can share a form", s.text());
    }

    @Test
    void lockedOutItemsDoNotCount() {
        Demand d = demand(1, 2).bound(Z132, 2, 2).out(3L).build();
        assertEquals(List.of("supply"), Feasibility.diagnose(d, bank()).stream().map(Shortfall::rule).toList());
    }

    @Test
    void itemTypesMustLeaveRoomForAWholeFormAndFitInOne() {
        Demand narrow = demand(1, 6).bound(Cell.type("MCQ"), 0, 3).build();
        assertEquals(List.of("the item types allow at most 5 items per form (their maxima and the approved items), a "
                + "form has 6"), texts(Feasibility.diagnose(narrow, bank())));
        Demand wide = demand(1, 3).bound(Cell.type("MCQ"), 2, 6).bound(Cell.type("ESSAY"), 2, 2).build();
        assertEquals(List.of("the item types' minima ask for 4 items per form, a form has 3"),
                texts(Feasibility.diagnose(wide, bank())));
    }

    @Test
    void aBandOutOfReach() {
        assertEquals(List.of("the 3 easiest items average facility 0.600, the band starts at 0.650"),
                texts(Feasibility.diagnose(demand(1, 3).band(650, 700, 800).build(), bank())));
        assertEquals(List.of("the 3 hardest items average facility 0.400, the band ends at 0.350"),
                texts(Feasibility.diagnose(demand(1, 3).band(200, 300, 350).build(), bank())));
    }

    @Test
    void lockedInItemsThatBreakARule() {
        assertEquals(List.of("enemies REF-1 and REF-2 are both locked into form 1"),
                texts(Feasibility.diagnose(demand(1, 3).in(0, 1L, 2L).build(), bank())));
        assertEquals(List.of("item 42 is locked into form 2 but is not an approved candidate"),
                texts(Feasibility.diagnose(demand(2, 3).in(1, 42L).build(), bank())));
        assertEquals(List.of("criterion Z1.3.2: 2 items locked into form 1, the blueprint allows at most 1"),
                texts(Feasibility.diagnose(demand(1, 3).bound(Z132, 0, 1).in(0, 1L, 3L).build(), bank())));
    }

    private static List<String> texts(List<Shortfall> shortfalls) {
        return shortfalls.stream().map(Shortfall::text).toList();
    }
}
