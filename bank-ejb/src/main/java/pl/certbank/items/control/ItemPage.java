package pl.certbank.items.control;

import java.util.List;

/**
 * One page of search results and the number of all matches. When counting would mean intersecting large sets,
 * matches are counted only up to {@link ItemSearch#COUNT_LIMIT}: then {@code total} is that limit and
 * {@code totalExact} is false ("10,000 or more").
 */
public record ItemPage<T>(List<T> rows, long total, boolean totalExact, int offset, int limit) {

    /** The same page with other rows (the same matches shown another way). */
    public <R> ItemPage<R> withRows(List<R> other) {
        return new ItemPage<>(other, total, totalExact, offset, limit);
    }
}
