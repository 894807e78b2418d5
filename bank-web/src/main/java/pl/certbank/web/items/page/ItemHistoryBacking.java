package pl.certbank.web.items.page;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import pl.certbank.items.boundary.Items;
import pl.certbank.items.entity.Item;
import pl.certbank.web.faces.Dates;
import pl.certbank.web.faces.Notices;

/** Backs items/history.xhtml: the versions and transitions of an item, two versions side by side, restore. */
@Named
@ViewScoped
public class ItemHistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Items items;

    private String idParameter;
    private VersionDisplay latest;
    private boolean missing;
    private int left;
    private int right;
    private List<VersionRow> versions = List.of();
    private List<TransitionRow> transitions = List.of();
    private List<VersionDiff.Row> diff = List.of();

    /** A version in the list. */
    public record VersionRow(int number, String author, String createdAt, String status) implements Serializable {
    }

    /** A step of the lifecycle. */
    public record TransitionRow(int version, String from, String to, String actor, String at, String reason)
            implements Serializable {
    }

    public void load() {
        VersionDisplay.find(items, idParameter).ifPresentOrElse(item -> {
            read(item);
            right = latest.version();
            left = Math.max(1, right - 1);
            compare();
        }, () -> {
            missing = true;
            Notices.error("items.error.notFound");
        });
    }

    private void read(Item item) {
        latest = VersionDisplay.of(item);
        Integer approved = item.getApprovedVersion() == null ? null : item.getApprovedVersion().getNumber();
        List<VersionRow> rows = new java.util.ArrayList<>(item.getVersions().stream().map(v -> new VersionRow(
                v.getNumber(), v.getAuthor(), Dates.shown(v.getCreatedAt()), v.getNumber() == latest.version()
                        ? latest.status().name() : Integer.valueOf(v.getNumber()).equals(approved) ? "APPROVED" : ""))
                .toList());
        java.util.Collections.reverse(rows);
        versions = rows;
        transitions = item.getTransitions().stream().map(t -> new TransitionRow(t.getVersionNumber(),
                t.getFrom() == null ? "" : t.getFrom().name(), t.getTo().name(), t.getActor(), Dates.shown(t.getAt()),
                t.getReason() == null ? "" : t.getReason())).toList();
    }

    public void compare() {
        diff = VersionDiff.rows(items.version(latest.id(), left).content(),
                items.version(latest.id(), right).content(), key -> Notices.text(key));
    }

    public void restore(int number) {
        try {
            Item item = items.restore(latest.id(), latest.lock(), number);
            read(items.find(item.getId()));
            right = versions.get(0).number();
            left = number;
            compare();
            Notices.info("history.restored", number, right);
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
    }

    /** The item's id; null when the page's id names no item. */
    public Long getId() {
        return latest == null ? null : latest.id();
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public String getReference() {
        return latest == null ? null : latest.reference();
    }

    /** True when the page's id names no item: the page says so instead of showing an empty history. */
    public boolean isMissing() {
        return missing;
    }

    public int getLeft() {
        return left;
    }

    public void setLeft(int left) {
        this.left = left;
    }

    public int getRight() {
        return right;
    }

    public void setRight(int right) {
        this.right = right;
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public List<TransitionRow> getTransitions() {
        return transitions;
    }

    public List<VersionDiff.Row> getDiff() {
        return diff;
    }
}
