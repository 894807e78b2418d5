package pl.certbank.web.items.page;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import pl.certbank.items.control.ItemPage;
import pl.certbank.items.control.ItemQuery;

/** The item list, one page at a time from the server; sorting too is done by the search. */
class ItemRows extends LazyDataModel<ItemListRow> {

    private static final long serialVersionUID = 1L;

    /** Builds the query for a page from the filters: sort, descending, offset, limit. */
    interface Search extends java.io.Serializable {
        ItemPage<ItemListRow> page(ItemQuery.Sort sort, boolean descending, int offset, int limit);
    }

    private final Search search;
    private List<ItemListRow> current = List.of();
    private int total;
    private boolean totalExact = true;

    ItemRows(Search search) {
        this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return total;
    }

    /** False when the search counted matches only up to its limit: the total shown is then "at least". */
    public boolean isTotalExact() {
        return totalExact;
    }

    @Override
    public List<ItemListRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        ItemQuery.Sort by = sort == null ? ItemQuery.Sort.UPDATED : sortOf(sort.getField());
        boolean descending = sort == null || sort.getOrder() == SortOrder.DESCENDING;
        ItemPage<ItemListRow> page = search.page(by, descending, first, pageSize);
        total = (int) page.total();
        totalExact = page.totalExact();
        setRowCount(total);
        current = page.rows();
        return current;
    }

    private static ItemQuery.Sort sortOf(String field) {
        try {
            return ItemQuery.Sort.valueOf(field.toUpperCase());
        } catch (IllegalArgumentException | NullPointerException e) {
            return ItemQuery.Sort.UPDATED;
        }
    }

    @Override
    public String getRowKey(ItemListRow row) {
        return String.valueOf(row.getId());
    }

    @Override
    public ItemListRow getRowData(String rowKey) {
        return current.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }

}
