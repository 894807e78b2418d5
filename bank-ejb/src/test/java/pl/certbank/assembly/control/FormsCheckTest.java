package pl.certbank.assembly.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.certbank.assembly.control.TinyBank.demand;
import static pl.certbank.assembly.control.TinyBank.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.certbank.assembly.control.FormsCheck.Violation;

class FormsCheckTest {

    private static final List<Candidate> POOL = List.of(item(1, "Z1.1.1", "MCQ", 500, Set.of(2L), null),
            item(2, "Z1.1.2", "MCQ", 900), item(3, "Z1.1.1", "ESSAY", 400, Set.of(), "F"),
            item(4, "Z1.1.2", "MCQ", 600, Set.of(), "F"), item(5, "Z1.1.3", "MCQ", 500), item(6, "Z1.1.3", "MCQ", 100),
            item(7, "Z1.1.1", "MCQ", 500));

    private static final Demand DEMAND = demand(2, 3).bound(Cell.criterion("Z1.1.1"), 1, 1)
            .bound(Cell.type("ESSAY"), 0, 1).band(400, 500, 600).shared(1).uses(2).out(6L).in(1, 3L).build();

    /** Correct by hand: form 1 = 1, 4, 5 (facility 1.6), form 2 = 3, 2, 5 (1.8); they share only REF-5. */
    private static final List<List<Long>> CORRECT = List.of(List.of(1L, 4L, 5L), List.of(3L, 2L, 5L));

    private static List<Violation> planted(int form, Long... items) {
        List<List<Long>> forms = new ArrayList<>(CORRECT);
        forms.set(form, List.of(items));
        return FormsCheck.violations(DEMAND, POOL, forms);
    }

    private static void assertFinds(String rule, Integer form, List<Violation> violations) {
        assertTrue(violations.stream().anyMatch(v -> v.rule().equals(rule) && Objects.equals(v.form(), form)),
                rule + " on form " + form + " not in " + violations);
    }

    @Test
    void correctFormsPass() {
        assertEquals(List.of(), FormsCheck.violations(DEMAND, POOL, CORRECT));
    }

    @Test
    void everyPlantedViolationIsFound() {
        assertFinds("forms", null, FormsCheck.violations(DEMAND, POOL, CORRECT.subList(0, 1)));
        assertFinds("length", 1, planted(0, 1L, 4L, 5L, 7L));
        assertFinds("duplicate", 1, planted(0, 1L, 4L, 4L));
        assertFinds("unknown", 1, planted(0, 1L, 4L, 99L));
        assertFinds("facility", 1, planted(0, 7L, 4L, 2L));
        assertFinds("enemies", 1, planted(0, 1L, 4L, 2L));
        assertFinds("family", 2, planted(1, 3L, 4L, 5L));
        assertFinds("overlap", null, planted(1, 3L, 1L, 5L));
        assertFinds("locked out", 1, planted(0, 1L, 4L, 6L));
        assertFinds("locked in", 2, planted(1, 7L, 2L, 5L));
        assertFinds("uses", null, FormsCheck.violations(demand(3, 3).uses(2).build(), POOL,
                List.of(List.of(1L, 4L, 5L), List.of(3L, 2L, 5L), List.of(7L, 2L, 5L))));
    }

    @Test
    void aBoundNamesTheCellAndTheCount() {
        List<Violation> violations = planted(0, 1L, 7L, 5L);
        assertEquals(List.of(new Violation("bounds", 1, "criterion Z1.1.1",
                "form 1: criterion Z1.1.1 has 2 items, the blueprint allows 1..1")), violations);
    }
}
