package pl.certbank.printing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A scanned page's image, kept apart from the page so that lists of pages never load it. */
@Entity
@Table(name = "scanned_image")
public class ScannedImage {

    @Id
    @Column(name = "page_id")
    private Long pageId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected ScannedImage() {
        // JPA
    }

    public ScannedImage(long pageId, byte[] content) {
        this.pageId = pageId;
        this.content = content;
    }

    public Long getPageId() {
        return pageId;
    }

    public byte[] getContent() {
        return content;
    }
}
