package pl.certbank.assembly.control;

import java.util.Set;

/**
 * One approved, unretired item version the assembly may place on a form. {@code cells} are every cell the item counts
 * in (see {@link Cell}); {@code facility} is the expected share of candidates answering correctly, in thousandths
 * (0–1000); {@code enemies} are the item ids it must never share a form with; {@code family} is null or the name of
 * the family of which at most one item goes on a form.
 */
public record Candidate(long itemId, long versionId, String reference, Set<Cell> cells, int facility,
        Set<Long> enemies, String family) {

    public Candidate {
        cells = Set.copyOf(cells);
        enemies = Set.copyOf(enemies);
        if (facility < 0 || facility > 1000) {
            throw new IllegalArgumentException("facility is in thousandths, not " + facility);
        }
    }
}
