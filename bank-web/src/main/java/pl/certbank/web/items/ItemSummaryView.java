package pl.certbank.web.items;

import java.time.OffsetDateTime;
import java.util.Set;
import pl.certbank.items.entity.Item;

/** One row of the item list. {@code revision} is the value to send back in If-Match. */
public record ItemSummaryView(long id, String reference, String status, String type, String difficulty,
        String author, String stem, Set<String> criteria, int latestVersion, Integer approvedVersion,
        OffsetDateTime updatedAt, long revision) {

    static ItemSummaryView of(Item i) {
        return new ItemSummaryView(i.getId(), i.getReference(), i.getStatus().name(), i.getType().name(),
                i.getDifficulty() == null ? null : i.getDifficulty().name(), i.getAuthor(), i.getStemText(),
                i.getLatestVersion().criterionCodes(), i.getLatestVersion().getNumber(),
                i.getApprovedVersion() == null ? null : i.getApprovedVersion().getNumber(), i.getUpdatedAt(),
                i.getLock());
    }
}
