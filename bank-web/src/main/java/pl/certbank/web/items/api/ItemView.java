package pl.certbank.web.items.api;

import java.time.OffsetDateTime;
import java.util.List;
import pl.certbank.items.control.QualityWarning;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemTransition;

/** An item with its latest version, the list of all versions, its lifecycle log and its quality warnings. */
public record ItemView(long id, String reference, String qualification, String status, long revision,
        String family, List<String> enemies, Integer approvedVersion, String retiredReason, VersionView latest,
        List<VersionSummary> versions, List<TransitionView> transitions, List<String> usedInForms,
        List<QualityWarning> warnings) {

    /** A version in the history list. */
    public record VersionSummary(int number, String author, OffsetDateTime createdAt) {
    }

    /** A lifecycle step. */
    public record TransitionView(int version, String from, String to, String actor, OffsetDateTime at,
            String reason) {
        static TransitionView of(ItemTransition t) {
            return new TransitionView(t.getVersionNumber(), t.getFrom() == null ? null : t.getFrom().name(),
                    t.getTo().name(), t.getActor(), t.getAt(), t.getReason());
        }
    }

    static ItemView of(Item i, List<String> usedInForms, List<QualityWarning> warnings) {
        return new ItemView(i.getId(), i.getReference(), i.getQualification().getCode(), i.getStatus().name(),
                i.getLock(), i.getFamily(), i.getEnemies().stream().map(Item::getReference).sorted().toList(),
                i.getApprovedVersion() == null ? null : i.getApprovedVersion().getNumber(), i.getRetiredReason(),
                VersionView.of(i.getLatestVersion()),
                i.getVersions().stream().map(v -> new VersionSummary(v.getNumber(), v.getAuthor(), v.getCreatedAt()))
                        .toList(),
                i.getTransitions().stream().map(TransitionView::of).toList(), usedInForms, warnings);
    }
}
