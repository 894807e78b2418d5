package pl.certbank.assembly.control;

import java.util.Map;
import java.util.Set;

/**
 * What a blueprint asks of the forms, in the solver's terms. {@code forms} parallel forms of {@code length} items
 * each; per cell and form, the {@link Bounds} (a cell without bounds is free); each form's mean facility within
 * {@code facilityLow..facilityHigh} and as close as possible to {@code facilityTarget} (all in thousandths); any two
 * forms share at most {@code maxShared} items; one item appears on at most {@code maxUses} forms. {@code lockedOut}
 * items are never placed; {@code lockedIn} maps a form's index (0-based) to the items it must hold.
 */
public record Demand(int forms, int length, Map<Cell, Bounds> bounds, int facilityLow, int facilityHigh,
        int facilityTarget, int maxShared, int maxUses, Set<Long> lockedOut, Map<Integer, Set<Long>> lockedIn) {

    public Demand {
        bounds = Map.copyOf(bounds);
        lockedOut = Set.copyOf(lockedOut);
        lockedIn = Map.copyOf(lockedIn);
        if (forms < 1 || length < 1 || maxUses < 1 || maxShared < 0) {
            throw new IllegalArgumentException("a demand needs forms, length and uses of at least 1");
        }
        if (facilityLow < 0 || facilityHigh > 1000 || facilityLow > facilityHigh || facilityTarget < facilityLow
                || facilityTarget > facilityHigh) {
            throw new IllegalArgumentException("facility band needs 0 <= low <= target <= high <= 1000");
        }
    }

    public Bounds boundsOf(Cell cell) {
        return bounds.getOrDefault(cell, new Bounds(0, length));
    }
}
