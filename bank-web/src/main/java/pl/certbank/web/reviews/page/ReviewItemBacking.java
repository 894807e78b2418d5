package pl.certbank.web.reviews.page;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import pl.certbank.items.boundary.Items;
import pl.certbank.items.entity.Item;
import pl.certbank.reviews.boundary.Reviews;
import pl.certbank.web.faces.Notices;
import pl.certbank.web.items.page.VersionDisplay;
import pl.certbank.web.faces.Dates;

/** Backs reviews/item.xhtml: the version under review with its key and comments; approve or return it. */
@Named
@ViewScoped
public class ReviewItemBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Items items;

    @Inject
    Reviews reviews;

    private String idParameter;
    private VersionDisplay shown;
    private boolean missing;
    private String comment;
    private List<CommentRow> comments = List.of();

    /** A comment as the thread shows it. */
    public record CommentRow(int version, String author, String at, String text, boolean reply)
            implements Serializable {
    }

    public void load() {
        VersionDisplay.find(items, idParameter).ifPresentOrElse(this::show, () -> {
            missing = true;
            Notices.error("items.error.notFound");
        });
    }

    private void show(Item item) {
        shown = VersionDisplay.of(item);
        comments = reviews.comments(item.getId()).stream().map(c -> new CommentRow(c.getVersion().getNumber(),
                c.getAuthor(), Dates.shown(c.getCreatedAt()), c.getText(), c.getParent() != null)).toList();
    }

    private void reread() {
        show(items.find(shown.id()));
    }

    public void approve() {
        try {
            reviews.approve(shown.id(), shown.lock(), comment);
            comment = null;
            Notices.info("items.edit.approved", shown.reference());
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
        reread();
    }

    public void returnToAuthor() {
        if (comment == null || comment.isBlank()) {
            Notices.error("reviews.commentRequired");
            return;
        }
        try {
            reviews.returnToAuthor(shown.id(), shown.lock(), comment);
            comment = null;
            Notices.info("reviews.returned", shown.reference());
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
        reread();
    }

    /** The latest version of the item; null when the id names no item. */
    public VersionDisplay getShown() {
        return shown;
    }

    /** True when the page's id names no item: the page says so instead of showing an empty review. */
    public boolean isMissing() {
        return missing;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<CommentRow> getComments() {
        return comments;
    }
}
