package pl.certbank.web.items.page;

import java.io.Serializable;
import java.util.Optional;
import java.util.TreeSet;
import pl.certbank.items.boundary.Items;
import pl.certbank.items.control.StemSanitizer;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemStatus;
import pl.certbank.refusals.Refusal;

/**
 * The latest version of an item as the experts' pages show it: where the item stands (reference, status, revision,
 * version) and what it says, key included. The editor, the history and the review page read items through it.
 */
public record VersionDisplay(long id, String reference, ItemStatus status, long lock, int version, String author,
        ItemContent content) implements Serializable {

    public static VersionDisplay of(Item item) {
        return new VersionDisplay(item.getId(), item.getReference(), item.getStatus(), item.getLock(),
                item.getLatestVersion().getNumber(), item.getLatestVersion().getAuthor(),
                item.getLatestVersion().content());
    }

    /**
     * The item a page's {@code id} parameter names; empty when the parameter is missing, not a number, or no item has
     * that id, so that the page can say so instead of failing or showing an empty form.
     */
    public static Optional<Item> find(Items items, String idParameter) {
        if (idParameter == null || idParameter.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(items.find(Long.parseLong(idParameter.strip())));
        } catch (NumberFormatException | Refusal e) {
            return Optional.empty();
        }
    }

    /** The verification criteria, sorted and comma-separated. */
    public String criteria() {
        return String.join(", ", new TreeSet<>(content.criteria()));
    }

    /** The stem as safe HTML. */
    public String stemHtml() {
        return StemSanitizer.sanitise(content.stem() == null ? "" : content.stem());
    }
}
