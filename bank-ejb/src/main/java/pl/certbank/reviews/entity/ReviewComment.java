package pl.certbank.reviews.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import pl.certbank.refusals.Refusal;
import pl.certbank.items.entity.ItemVersion;

/** A comment on one version of an item; a reply names its parent, so comments form threads per version. */
@Entity
@Table(name = "review_comment")
public class ReviewComment {

    /** The text column's width. */
    public static final int MAX_TEXT = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id", updatable = false)
    private ItemVersion version;

    @ManyToOne
    @JoinColumn(name = "parent_id", updatable = false)
    private ReviewComment parent;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false, updatable = false)
    private String text;

    protected ReviewComment() {
        // JPA
    }

    public ReviewComment(ItemVersion version, ReviewComment parent, String author, String text) {
        if (parent != null && !parent.version.getId().equals(version.getId())) {
            throw Refusal.of(ReviewRefusal.REPLY_TO_OTHER_VERSION);
        }
        this.version = version;
        this.parent = parent;
        this.author = author;
        this.text = text;
        this.createdAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public ItemVersion getVersion() {
        return version;
    }

    public ReviewComment getParent() {
        return parent;
    }

    public String getAuthor() {
        return author;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getText() {
        return text;
    }
}
