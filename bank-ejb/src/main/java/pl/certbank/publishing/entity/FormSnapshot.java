package pl.certbank.publishing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import pl.certbank.assembly.entity.TestForm;

/**
 * A published form, sealed: the canonical snapshot document ({@code content}, see
 * {@link pl.certbank.publishing.control.SnapshotJson}) and its SHA-256. Written once when the form is published;
 * nothing of it is ever updated (every column is insert-only here, and PostgreSQL's triggers refuse changes).
 */
@Entity
@Table(name = "form_snapshot")
@NamedQuery(name = FormSnapshot.BY_FORM, query = "SELECT s FROM FormSnapshot s WHERE s.form.id = :form")
public class FormSnapshot {

    public static final String BY_FORM = "FormSnapshot.byForm";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "form_id", nullable = false, updatable = false)
    private TestForm form;

    @Column(name = "form_code", nullable = false, updatable = false)
    private String formCode;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Column(nullable = false, updatable = false)
    private String content;

    @Column(name = "published_by", nullable = false, updatable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false, updatable = false)
    private OffsetDateTime publishedAt;

    protected FormSnapshot() {
        // JPA
    }

    public FormSnapshot(TestForm form, String content, String contentHash, String publishedBy,
            OffsetDateTime publishedAt) {
        this.form = form;
        this.formCode = form.getCode();
        this.content = content;
        this.contentHash = contentHash;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public Long getId() {
        return id;
    }

    public TestForm getForm() {
        return form;
    }

    public String getFormCode() {
        return formCode;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getContent() {
        return content;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }
}
