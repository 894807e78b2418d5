package pl.certbank.items.control;

import java.time.OffsetDateTime;
import java.util.List;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.ItemStatus;
import pl.certbank.items.entity.ItemType;

/**
 * One line of a search result, read as plain values in the search's own statements: lists never trigger a lazy load
 * per row. {@code revision} is the item's optimistic-lock value (the ETag).
 */
public record ItemRow(long id, String reference, ItemStatus status, ItemType type, Difficulty difficulty,
        String author, String stem, OffsetDateTime updatedAt, long revision, int latestVersion,
        Integer approvedVersion, List<String> criteria) {
}
