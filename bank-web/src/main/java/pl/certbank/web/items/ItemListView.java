package pl.certbank.web.items;

import java.util.List;

/** A page of the item list: {@code total} matches, this page's rows. */
public record ItemListView(long total, int offset, int limit, List<ItemSummaryView> items) {
}
