package pl.certbank.items.control;

import java.util.List;

/** One page of search results and the number of all matches. */
public record ItemPage<T>(List<T> rows, long total, int offset, int limit) {
}
