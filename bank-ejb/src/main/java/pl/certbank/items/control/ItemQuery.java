package pl.certbank.items.control;

import java.util.Set;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.ItemStatus;
import pl.certbank.items.entity.ItemType;

/**
 * A search of the bank: every filter is optional (null or empty = any). {@code text} matches stem and options,
 * diacritics folded; {@code criteria} match the latest version's tags; {@code outcomeSet} is a set code (Z1);
 * {@code unusedOnly} keeps items that no form uses; {@code availableOnly} those new forms may use (an approved
 * version, not retired). Sorted by {@code sort} and paged on the server. Made by {@link ItemFilter#page}.
 */
public record ItemQuery(String qualification, Set<String> criteria, String outcomeSet, Set<ItemStatus> statuses,
        Set<ItemType> types, Set<Difficulty> difficulties, String author, String text, boolean unusedOnly,
        boolean availableOnly, Sort sort, boolean descending, int offset, int limit) {

    public static final int MAX_LIMIT = 200;

    public ItemQuery {
        criteria = criteria == null ? Set.of() : Set.copyOf(criteria);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        types = types == null ? Set.of() : Set.copyOf(types);
        difficulties = difficulties == null ? Set.of() : Set.copyOf(difficulties);
        sort = sort == null ? Sort.UPDATED : sort;
        offset = Math.max(0, offset);
        limit = limit <= 0 ? 25 : Math.min(limit, MAX_LIMIT);
    }

    /** What the list can be sorted by. */
    public enum Sort {
        REFERENCE("i.reference"),
        UPDATED("i.updatedAt"),
        STATUS("i.status"),
        TYPE("i.type"),
        DIFFICULTY("i.difficulty"),
        AUTHOR("i.author");

        final String path;

        Sort(String path) {
            this.path = path;
        }
    }
}
