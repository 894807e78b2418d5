package pl.certbank.items.control;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.ItemStatus;
import pl.certbank.items.entity.ItemType;

/**
 * The item list's filters as a form: each filter set by name, any left out means "any". The list page and the
 * search API fill one from what the user chose, then ask for a page of it ({@link #page}).
 */
public final class ItemFilter {

    private final String qualification;
    private Set<String> criteria = Set.of();
    private String outcomeSet;
    private Set<ItemStatus> statuses = Set.of();
    private Set<ItemType> types = Set.of();
    private Set<Difficulty> difficulties = Set.of();
    private String author;
    private String text;
    private boolean unusedOnly;
    private boolean availableOnly;

    public ItemFilter(String qualification) {
        this.qualification = qualification;
    }

    /** Items tagged to any of these criterion codes (latest version). */
    public ItemFilter criteria(Collection<String> codes) {
        criteria = new LinkedHashSet<>(codes);
        return this;
    }

    /** Items tagged to any criterion of this outcome set (e.g. Z1). */
    public ItemFilter outcomeSet(String code) {
        outcomeSet = code;
        return this;
    }

    public ItemFilter statuses(Collection<ItemStatus> values) {
        statuses = Set.copyOf(values);
        return this;
    }

    public ItemFilter types(Collection<ItemType> values) {
        types = Set.copyOf(values);
        return this;
    }

    public ItemFilter difficulties(Collection<Difficulty> values) {
        difficulties = Set.copyOf(values);
        return this;
    }

    public ItemFilter author(String name) {
        author = name;
        return this;
    }

    /** Words of the stem and answers, diacritics folded, each a word prefix. */
    public ItemFilter text(String words) {
        text = words;
        return this;
    }

    /** Only items no form uses. */
    public ItemFilter unusedOnly(boolean only) {
        unusedOnly = only;
        return this;
    }

    /** Only items new forms may use: an approved version, not retired. */
    public ItemFilter availableOnly(boolean only) {
        availableOnly = only;
        return this;
    }

    /** The search for one page of the filtered items in this order. */
    public ItemQuery page(ItemQuery.Sort sort, boolean descending, int offset, int limit) {
        return new ItemQuery(qualification, criteria, outcomeSet, statuses, types, difficulties, author, text,
                unusedOnly, availableOnly, sort, descending, offset, limit);
    }
}
