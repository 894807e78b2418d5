package pl.certbank.assembly.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.certbank.assembly.control.TinyBank.demand;
import static pl.certbank.assembly.control.TinyBank.item;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pl.certbank.assembly.control.Solution.Status;

class CpSatAssemblyTest {

    /** Solves to optimality and checks the forms independently: no violation, and the objective recomputes. */
    static Solution solved(Demand d, List<Candidate> pool) {
        Solution s = new CpSatAssembly().solve(AssemblyModel.build(d, pool), Duration.ofSeconds(20), 2, null);
        assertEquals(Status.OPTIMAL, s.status());
        assertEquals(List.of(), FormsCheck.violations(d, pool, s.forms()));
        assertEquals(Objective.of(d, pool, s.forms()), s.objective());
        assertEquals(0.0, s.gap());
        return s;
    }

    @Test
    void enemiesNeverShareAForm() {
        // Unconstrained, REF-1 + REF-2 would be perfect (two criteria, mean exactly the target).
        List<Candidate> pool = List.of(item(1, "Z1.1.1", "MCQ", 500, Set.of(2L), null), item(2, "Z1.1.2", "MCQ", 500),
                item(3, "Z1.1.1", "MCQ", 100), item(4, "Z1.1.3", "MCQ", 100));
        Solution s = solved(demand(1, 2).build(), pool);
        assertFalse(s.forms().get(0).containsAll(List.of(1L, 2L)), s.forms().toString());
    }

    @Test
    void oneItemOfAFamilyPerForm() {
        List<Candidate> pool = List.of(item(1, "Z1.1.1", "MCQ", 500, Set.of(), "F"),
                item(2, "Z1.1.2", "MCQ", 500, Set.of(), "F"), item(3, "Z1.1.1", "MCQ", 100),
                item(4, "Z1.1.3", "MCQ", 100));
        Solution s = solved(demand(2, 2).build(), pool);
        s.forms().forEach(form -> assertFalse(form.containsAll(List.of(1L, 2L)), s.forms().toString()));
    }

    @Test
    void twoFormsShareAtMostTheLimit() {
        List<Candidate> pool = new ArrayList<>();
        for (long id = 1; id <= 3; id++) {
            pool.add(item(id, "Z1.1." + id, "MCQ", 500));
            pool.add(item(id + 3, "Z1.1." + id, "MCQ", 200));
        }
        Solution s = solved(demand(2, 3).shared(1).build(), pool);
        Set<Long> shared = new HashSet<>(s.forms().get(0));
        shared.retainAll(s.forms().get(1));
        assertEquals(1, shared.size(), s.forms().toString());
    }

    @Test
    void anItemIsUsedAtMostTheLimit() {
        List<Candidate> pool = new ArrayList<>();
        for (long id = 1; id <= 6; id++) {
            pool.add(item(id, "Z1.1." + (id % 2 + 1), "MCQ", id <= 2 ? 500 : 300));
        }
        Solution s = solved(demand(3, 2).uses(1).build(), pool);
        List<Long> all = s.forms().stream().flatMap(List::stream).toList();
        assertEquals(all.size(), new HashSet<>(all).size(), s.forms().toString());
    }

    @Test
    void everyKindOfCellKeepsItsBounds() {
        // The best form unbounded is 1, 2, 3, 4 (four criteria at the target); every bound excludes it.
        List<Candidate> pool = List.of(item(1, "Z1.1.1", "MCQ", 500), item(2, "Z1.2.1", "MCQ", 500),
                item(3, "Z1.2.2", "ESSAY", 500), item(4, "Z1.3.1", "MCQ", 500), item(5, "Z2.1.1", "MCQ", 100),
                item(6, "Z1.1.1", "MCQ", 100), item(7, "Z1.3.2", "MCQ", 100));
        Demand d = demand(1, 4).bound(Cell.set("Z2"), 1, 4).bound(Cell.outcome("Z1.2"), 0, 1)
                .bound(Cell.criterion("Z1.1.1"), 2, 4).bound(Cell.type("ESSAY"), 0, 0).build();
        List<Long> form = solved(d, pool).forms().get(0);
        assertTrue(form.contains(5L), "set Z2 at least 1: " + form);
        assertFalse(form.contains(2L) && form.contains(3L), "outcome Z1.2 at most 1: " + form);
        assertTrue(form.containsAll(List.of(1L, 6L)), "criterion Z1.1.1 at least 2: " + form);
        assertFalse(form.contains(3L), "no essay: " + form);
    }

    @Test
    void meanFacilityStaysInTheBand() {
        // Unbounded, REF-2 + REF-3 win (two criteria, mean 0.7); the band 0.4..0.6 leaves only REF-3 + REF-4.
        List<Candidate> pool = List.of(item(1, "Z1.1.1", "MCQ", 900), item(2, "Z1.1.2", "MCQ", 900),
                item(3, "Z1.1.1", "MCQ", 500), item(4, "Z1.1.1", "MCQ", 520));
        assertEquals(List.of(List.of(2L, 3L)), solved(demand(1, 2).build(), pool).forms());
        assertEquals(List.of(List.of(3L, 4L)), solved(demand(1, 2).band(400, 500, 600).build(), pool).forms());
    }

    @Test
    void lockedItemsStayInAndOut() {
        List<Candidate> pool = List.of(item(1, "Z1.1.1", "MCQ", 500), item(2, "Z1.1.2", "MCQ", 500),
                item(3, "Z1.1.1", "MCQ", 100), item(4, "Z1.1.3", "MCQ", 150));
        Solution s = solved(demand(2, 2).out(1L).in(1, 3L).build(), pool);
        assertTrue(s.forms().stream().noneMatch(form -> form.contains(1L)), s.forms().toString());
        assertTrue(s.forms().get(1).contains(3L), s.forms().toString());
    }

    @Test
    void theObjectiveIsCoverageOfTheWorstFormThenDeviation() {
        List<Candidate> pool = List.of(item(1, "Z1.1.1", "MCQ", 600), item(2, "Z1.1.2", "MCQ", 500),
                item(3, "Z1.1.1", "MCQ", 400), item(4, "Z1.1.3", "MCQ", 450));
        // Best single form: REF-2 + REF-4 (two criteria, facility sum 950 against 1000): 2000 - 50.
        assertEquals(1950, solved(demand(1, 2).build(), pool).objective());
    }

    @Test
    void aBankOf140ItemsGivesValidFormsAndReportsProgress() {
        List<Candidate> pool = TinyBank.generated(7, 140);
        Demand d = Benchmark.demand(550);
        AtomicInteger updates = new AtomicInteger();
        List<Long> bounds = new ArrayList<>();
        Solution s = new CpSatAssembly().solve(AssemblyModel.build(d, pool), Duration.ofSeconds(10), 2,
                (elapsed, incumbent, bound) -> {
                    updates.incrementAndGet();
                    assertTrue(incumbent <= bound, incumbent + " > " + bound);
                    bounds.add(bound);
                });
        System.out.printf("140 items, 4 x 30: %s objective %d bound %d gap %.4f first %d ms total %d ms%n", s.status(),
                s.objective(), s.bound(), s.gap(), s.millisToFirst(), s.millisTotal());
        assertTrue(s.status() == Status.OPTIMAL || s.status() == Status.FEASIBLE, s.status().toString());
        assertEquals(List.of(), FormsCheck.violations(d, pool, s.forms()));
        assertEquals(Objective.of(d, pool, s.forms()), s.objective());
        assertTrue(updates.get() > 0);
        assertNotNull(s.millisToFirst());
        assertEquals(Solution.gap(s.objective(), s.bound()), s.gap());
    }

    @Test
    void stopFromAnotherThreadEndsALongSolveWithTheBestSoFar() throws Exception {
        // Facilities in steps of 0.02 can never sum to 30 x 0.551, and proving that is slow: the solve runs long.
        List<Candidate> pool = TinyBank.generated(11, 400).stream().map(c -> new Candidate(c.itemId(), c.versionId(),
                c.reference(), c.cells(), c.facility() / 20 * 20, c.enemies(), c.family())).toList();
        Demand d = Benchmark.demand(551);
        CpSatAssembly assembly = new CpSatAssembly();
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assembly.stop();
        });
        stopper.start();
        Solution s = assembly.solve(AssemblyModel.build(d, pool), Duration.ofSeconds(120), 2, null);
        stopper.join();
        System.out.printf("400 items, stopped: %s objective %d bound %d gap %.4f first %d ms total %d ms%n", s.status(),
                s.objective(), s.bound(), s.gap(), s.millisToFirst(), s.millisTotal());
        assertTrue(s.millisTotal() < 10_000, "took " + s.millisTotal() + " ms");
        assertTrue(s.status() == Status.CANCELLED || s.status() == Status.OPTIMAL, s.status().toString());
        if (s.hasForms()) {
            assertEquals(List.of(), FormsCheck.violations(d, pool, s.forms()));
        }
    }

    @Test
    void theGapIsRelativeToTheBound() {
        assertEquals(0.1, Solution.gap(9000, 10000), 1e-12);
        assertEquals(0.1, Solution.gap(-1100, -1000), 1e-12);
        assertEquals(0.0, Solution.gap(500, 500), 1e-12);
        assertEquals(3.0, Solution.gap(-3, 0), 1e-12);
    }
}
