package pl.certbank.items.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import pl.certbank.qualifications.entity.Criterion;
import pl.certbank.qualifications.entity.Qualification;
import pl.certbank.refusals.Refusal;

/**
 * A theory question with a stable identity. Content lives in immutable {@link ItemVersion}s; the item holds the
 * lifecycle (status of its latest version, the approved version forms may use) and enforces its rules, including
 * four-eyes: nobody approves a version they wrote or edited.
 */
@Entity
@Table(name = "item")
public class Item {

    private static final int STEM_PREVIEW = 400;
    /** The family column's width. */
    public static final int MAX_FAMILY = 100;
    /** The longest reason a lifecycle step records (retiring, a reviewer's comment on approval or return). */
    public static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    // Not updatable=false: EclipseLink breaks the item ↔ latest-version cycle by inserting the item's foreign keys
    // as null and updating them in the same commit.
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "qualification_id")
    private Qualification qualification;

    @Column(nullable = false, unique = true)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemStatus status;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "latest_version_id")
    private ItemVersion latestVersion;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_version_id")
    private ItemVersion approvedVersion;

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<ItemVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("at")
    private List<ItemTransition> transitions = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "item_enemy", joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "enemy_id"))
    private Set<Item> enemies = new HashSet<>();

    private String family;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<ItemWord> words = new HashSet<>();

    // The latest version's criteria, read by search through CriterionTag.
    @ManyToMany
    @JoinTable(name = "item_criterion", joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "criterion_id"))
    private Set<Criterion> criteria = new HashSet<>();

    // Copies of the latest version's searchable facts, so that lists and searches read one table.
    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false)
    private ItemType type;

    @Enumerated(EnumType.STRING)
    private Difficulty difficulty;

    @Column(nullable = false)
    private String author;

    @Column(name = "stem_text", nullable = false)
    private String stemText;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "retired_reason")
    private String retiredReason;

    @Version
    @Column(name = "lock_version")
    private long lock;

    protected Item() {
        // JPA
    }

    public Item(Qualification qualification, String reference, String author) {
        this.qualification = qualification;
        this.reference = reference;
        this.author = author;
        this.createdAt = OffsetDateTime.now();
        this.status = ItemStatus.DRAFT;
    }

    /** Gives a new item its reference once its id is known; a reference never changes afterwards. */
    public void assignReference(String generated) {
        if (reference != null) {
            throw new IllegalStateException("Item " + reference + " has its reference already");
        }
        reference = generated;
    }

    /**
     * Records new content as the next version (a draft), with the criteria its codes name. An approved version stays
     * approved, and usable by forms, until the new one is approved. What lists and search read (the stem as text, the
     * words of stem and answers, the type and difficulty) is worked out from the content here.
     */
    public ItemVersion revise(ItemContent content, List<Criterion> criteria, String actor) {
        if (status == ItemStatus.RETIRED) {
            throw Refusal.of(ItemRefusal.RETIRED_CANNOT_BE_EDITED, reference);
        }
        ItemStatus before = latestVersion == null ? null : status;
        ItemVersion version = new ItemVersion(this, versions.size() + 1, content, criteria, actor);
        versions.add(version);
        latestVersion = version;
        type = content.type();
        difficulty = content.difficulty();
        String plainText = content.plainStem();
        stemText = plainText.length() > STEM_PREVIEW ? plainText.substring(0, STEM_PREVIEW - 1) + "…" : plainText;
        reindex(content.searchWords());
        this.criteria.retainAll(criteria);
        this.criteria.addAll(criteria);
        status = ItemStatus.DRAFT;
        updatedAt = OffsetDateTime.now();
        if (before != ItemStatus.DRAFT) {
            transitions.add(new ItemTransition(this, version.getNumber(), before, ItemStatus.DRAFT, actor,
                    before == null ? "created" : "edited"));
        }
        return version;
    }

    public void submitForReview(String actor) {
        move(ItemStatus.DRAFT, ItemStatus.IN_REVIEW, actor, null, ItemRefusal.CANNOT_SUBMIT);
    }

    /** Approves the version under review; refused to anyone who wrote or edited it since the last approval. */
    public void approve(String actor, String comment) {
        requireStatus(ItemStatus.IN_REVIEW, ItemRefusal.CANNOT_APPROVE);
        if (editorsSinceApproval().contains(actor)) {
            throw Refusal.of(ItemRefusal.FOUR_EYES, actor, latestVersion.getNumber(), reference);
        }
        move(ItemStatus.IN_REVIEW, ItemStatus.APPROVED, actor, comment, ItemRefusal.CANNOT_APPROVE);
        approvedVersion = latestVersion;
    }

    public void returnToDraft(String actor, String comment) {
        if (comment == null || comment.isBlank()) {
            throw Refusal.of(ItemRefusal.RETURN_NEEDS_COMMENT);
        }
        move(ItemStatus.IN_REVIEW, ItemStatus.DRAFT, actor, comment, ItemRefusal.CANNOT_RETURN);
    }

    /** Retires the item for good: never offered for new forms, readable forever. */
    public void retire(String actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw Refusal.of(ItemRefusal.RETIRE_NEEDS_REASON);
        }
        if (status == ItemStatus.RETIRED) {
            throw Refusal.of(ItemRefusal.RETIRED_ALREADY, reference);
        }
        checkLength(reason);
        transitions.add(new ItemTransition(this, latestVersion.getNumber(), status, ItemStatus.RETIRED, actor,
                reason));
        status = ItemStatus.RETIRED;
        retiredReason = reason;
        updatedAt = OffsetDateTime.now();
    }

    public boolean isAvailableForForms() {
        return status != ItemStatus.RETIRED && approvedVersion != null;
    }

    /** Enemies never appear in one form; the relation is kept on both items. */
    public void addEnemy(Item other) {
        if (other == this) {
            throw Refusal.of(ItemRefusal.OWN_ENEMY, reference);
        }
        enemies.add(other);
        other.enemies.add(this);
    }

    public void removeEnemy(Item other) {
        enemies.remove(other);
        other.enemies.remove(this);
    }

    /** Variants of one question share a family; at most one of a family goes into a form. */
    public void setFamily(String family) {
        String name = family == null || family.isBlank() ? null : family.strip();
        if (name != null && name.length() > MAX_FAMILY) {
            throw Refusal.of(ItemRefusal.FAMILY_TOO_LONG, MAX_FAMILY, name.length());
        }
        this.family = name;
    }

    /** Replaces the full-text words with those of the new latest version; unchanged words stay as they are. */
    private void reindex(Set<String> searchWords) {
        Set<String> current = new HashSet<>();
        searchWords.forEach(word -> current.add(ItemWord.cut(word)));
        words.removeIf(w -> !current.contains(w.getWord()));
        words.forEach(w -> current.remove(w.getWord()));
        current.forEach(word -> words.add(new ItemWord(this, word)));
    }

    /** Authors of the versions written since the last approval (all versions if none was approved). */
    Set<String> editorsSinceApproval() {
        int from = approvedVersion == null ? 0 : approvedVersion.getNumber();
        Set<String> editors = new HashSet<>();
        versions.stream().filter(v -> v.getNumber() > from).forEach(v -> editors.add(v.getAuthor()));
        return editors;
    }

    private void move(ItemStatus from, ItemStatus to, String actor, String reason, ItemRefusal otherwise) {
        requireStatus(from, otherwise);
        checkLength(reason);
        transitions.add(new ItemTransition(this, latestVersion.getNumber(), from, to, actor, reason));
        status = to;
        updatedAt = OffsetDateTime.now();
    }

    private static void checkLength(String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw Refusal.of(ItemRefusal.REASON_TOO_LONG, MAX_REASON, reason.length());
        }
    }

    private void requireStatus(ItemStatus required, ItemRefusal otherwise) {
        if (status != required) {
            throw Refusal.of(otherwise, reference, status);
        }
    }

    public Long getId() {
        return id;
    }

    public Qualification getQualification() {
        return qualification;
    }

    public String getReference() {
        return reference;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public ItemVersion getLatestVersion() {
        return latestVersion;
    }

    public ItemVersion getApprovedVersion() {
        return approvedVersion;
    }

    public List<ItemVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    /** The folded words full-text search finds the item by. */
    public Set<String> searchWords() {
        Set<String> found = new HashSet<>();
        words.forEach(w -> found.add(w.getWord()));
        return found;
    }

    public List<ItemTransition> getTransitions() {
        return Collections.unmodifiableList(transitions);
    }

    public Set<Item> getEnemies() {
        return Collections.unmodifiableSet(enemies);
    }

    public String getFamily() {
        return family;
    }

    public ItemType getType() {
        return type;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public String getAuthor() {
        return author;
    }

    public String getStemText() {
        return stemText;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getRetiredReason() {
        return retiredReason;
    }

    public long getLock() {
        return lock;
    }
}
