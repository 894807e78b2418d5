package pl.certbank.web.items.api;

import java.time.OffsetDateTime;
import java.util.Set;
import pl.certbank.items.control.ItemRow;

/** One row of the item list. {@code revision} is the value to send back in If-Match. */
public record ItemSummaryView(long id, String reference, String status, String type, String difficulty,
        String author, String stem, Set<String> criteria, int latestVersion, Integer approvedVersion,
        OffsetDateTime updatedAt, long revision) {

    static ItemSummaryView of(ItemRow i) {
        return new ItemSummaryView(i.id(), i.reference(), i.status().name(), i.type().name(),
                i.difficulty() == null ? null : i.difficulty().name(), i.author(), i.stem(),
                new java.util.TreeSet<>(i.criteria()), i.latestVersion(), i.approvedVersion(), i.updatedAt(),
                i.revision());
    }
}
