package pl.certbank.web.items.api;

import java.util.List;

/**
 * A page of the item list: {@code total} matches, this page's rows. {@code totalExact} false means "{@code total} or
 * more": broad word, criterion or usage filters are counted up to 10,000 only.
 */
public record ItemListView(long total, boolean totalExact, int offset, int limit, List<ItemSummaryView> items) {
}
