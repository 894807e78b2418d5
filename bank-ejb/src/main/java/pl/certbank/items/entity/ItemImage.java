package pl.certbank.items.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An image that stems show, stored by the bank and never changed: stems refer to it by {@link #stemUrl()}, the only
 * image address the stem sanitiser lets through, so an approved version always shows the same picture. The bytes
 * load lazily: a conditional GET or a size check does not need them.
 */
@Entity
@Table(name = "item_image")
public class ItemImage {

    /** Stems refer to stored images under this path, followed by the id. */
    public static final String URL_PREFIX = "/bank/api/v1/images/";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int size;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected ItemImage() {
        // JPA
    }

    /** {@code contentType} is the type the bytes were proved to be, never merely the one a client declared. */
    public ItemImage(String contentType, byte[] content, String uploadedBy) {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("An image needs its bytes");
        }
        if (contentType == null || !contentType.startsWith("image/")) {
            throw new IllegalArgumentException("Not an image type: " + contentType);
        }
        this.contentType = contentType;
        this.content = content.clone();
        this.size = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    /** The address stems use for this image. */
    public String stemUrl() {
        return URL_PREFIX + id;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSize() {
        return size;
    }
}
