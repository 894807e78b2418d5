package pl.certbank.assembly.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The items a test designer may put on a form in place of one they reject: every exchange that keeps the forms valid
 * ({@link FormsCheck} finds nothing), ranked by what it does to the {@link Objective} (least loss first).
 */
public final class Swaps {

    /** {@code objectiveChange}: the objective after the swap minus before (negative is a loss). */
    public record Swap(long itemIn, long objectiveChange) {
    }

    private Swaps() {
    }

    /** Swaps for {@code itemOut} on {@code form} (0-based); empty when the item is not on that form. */
    public static List<Swap> candidates(Demand d, List<Candidate> pool, List<List<Long>> forms, int form,
            long itemOut) {
        List<Long> current = forms.get(form);
        int at = current.indexOf(itemOut);
        if (at < 0) {
            return List.of();
        }
        long before = Objective.of(d, pool, forms);
        Set<Long> onForm = new HashSet<>(current);
        List<Swap> swaps = new ArrayList<>();
        for (Candidate c : pool) {
            if (onForm.contains(c.itemId())) {
                continue;
            }
            List<Long> changed = new ArrayList<>(current);
            changed.set(at, c.itemId());
            List<List<Long>> after = new ArrayList<>(forms);
            after.set(form, List.copyOf(changed));
            if (FormsCheck.violations(d, pool, after).isEmpty()) {
                swaps.add(new Swap(c.itemId(), Objective.of(d, pool, after) - before));
            }
        }
        swaps.sort(Comparator.comparingLong(Swap::objectiveChange).reversed());
        return List.copyOf(swaps);
    }
}
