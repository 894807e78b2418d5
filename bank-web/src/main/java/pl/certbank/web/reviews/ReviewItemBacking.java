package pl.certbank.web.reviews;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import pl.certbank.items.boundary.Items;
import pl.certbank.items.control.VersionContent;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemStatus;
import pl.certbank.items.control.StemSanitizer;
import pl.certbank.reviews.boundary.Reviews;
import pl.certbank.web.items.Notices;

/** Backs reviews/item.xhtml: the version under review with its key and comments; approve or return it. */
@Named
@ViewScoped
public class ReviewItemBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Items items;

    @Inject
    Reviews reviews;

    private Long id;
    private long lock;
    private String reference;
    private ItemStatus status;
    private int version;
    private String author;
    private ItemContent content;
    private String comment;
    private List<CommentRow> comments = List.of();

    /** A comment as the thread shows it. */
    public record CommentRow(int version, String author, String at, String text, boolean reply)
            implements Serializable {
    }

    public void load() {
        if (id == null) {
            Notices.error("items.error.notFound");
            return;
        }
        try {
            read();
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
    }

    private void read() {
        Item item = items.find(id);
        lock = item.getLock();
        reference = item.getReference();
        status = item.getStatus();
        version = item.getLatestVersion().getNumber();
        author = item.getLatestVersion().getAuthor();
        content = VersionContent.of(item.getLatestVersion());
        comments = reviews.comments(id).stream().map(c -> new CommentRow(c.getVersion().getNumber(), c.getAuthor(),
                WHEN.format(c.getCreatedAt()), c.getText(), c.getParent() != null)).toList();
    }

    public void approve() {
        try {
            reviews.approve(id, lock, comment);
            comment = null;
            Notices.info("items.edit.approved", reference);
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
        read();
    }

    public void returnToAuthor() {
        if (comment == null || comment.isBlank()) {
            Notices.error("reviews.commentRequired");
            return;
        }
        try {
            reviews.returnToAuthor(id, lock, comment);
            comment = null;
            Notices.info("reviews.returned", reference);
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
        read();
    }

    public String getCriteria() {
        return content == null ? "" : String.join(", ", new java.util.TreeSet<>(content.criteria()));
    }

    public String getStemHtml() {
        return content == null ? "" : StemSanitizer.sanitise(content.stem());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReference() {
        return reference;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public int getVersion() {
        return version;
    }

    public String getAuthor() {
        return author;
    }

    public ItemContent getContent() {
        return content;
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
