package pl.certbank.items.entity;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.AnswerJson;
import pl.certbank.qualifications.entity.Criterion;

/**
 * One immutable version of an item: every column is written once ({@code updatable = false}) and nothing here can
 * change it afterwards, so a form that pins this version always shows what was approved.
 */
@Entity
@Table(name = "item_version")
public class ItemVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", updatable = false)
    private Item item;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, updatable = false)
    private ItemType type;

    @Column(nullable = false, updatable = false)
    private String stem;

    @Column(nullable = false, updatable = false)
    private String answer;

    @Column(updatable = false)
    private String rationale;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Difficulty difficulty;

    @Column(name = "difficulty_estimate", updatable = false)
    private Double difficultyEstimate;

    @Enumerated(EnumType.STRING)
    @Column(name = "cognitive_level", updatable = false)
    private CognitiveLevel cognitiveLevel;

    @Column(updatable = false)
    private String keywords;

    @Column(updatable = false)
    private String source;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @ManyToMany
    @JoinTable(name = "item_version_criterion", joinColumns = @JoinColumn(name = "version_id"),
            inverseJoinColumns = @JoinColumn(name = "criterion_id"))
    @OrderBy("code")
    private List<Criterion> criteria = new ArrayList<>();

    protected ItemVersion() {
        // JPA
    }

    ItemVersion(Item item, int number, ItemContent content, List<Criterion> criteria, String author) {
        this.item = item;
        this.number = number;
        this.type = content.type();
        this.stem = content.stem();
        this.answer = AnswerJson.write(content.answer());
        this.rationale = content.rationale();
        this.difficulty = content.difficulty();
        this.difficultyEstimate = content.difficultyEstimate();
        this.cognitiveLevel = content.cognitiveLevel();
        this.keywords = String.join("; ", content.keywords());
        this.source = content.source();
        this.language = content.language();
        this.author = author;
        this.createdAt = OffsetDateTime.now();
        this.criteria.addAll(criteria);
    }

    public Set<String> criterionCodes() {
        TreeSet<String> codes = new TreeSet<>();
        criteria.forEach(c -> codes.add(c.getCode()));
        return codes;
    }

    public List<String> keywordList() {
        return keywords == null || keywords.isBlank() ? List.of() : Arrays.stream(keywords.split(";\\s*")).toList();
    }

    public Long getId() {
        return id;
    }

    public Item getItem() {
        return item;
    }

    public int getNumber() {
        return number;
    }

    public ItemType getType() {
        return type;
    }

    public String getStem() {
        return stem;
    }

    /** The answer with its key, read from the stored JSON through the one converter. */
    public Answer answer() {
        return AnswerJson.read(type, answer);
    }

    /** What the author wrote in this version: the start of a new draft ("edit", "restore") and of every display. */
    public ItemContent content() {
        return new ItemContent(stem, answer(), rationale, criterionCodes(), difficulty, difficultyEstimate,
                cognitiveLevel, keywordList(), source, language);
    }

    public String getRationale() {
        return rationale;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public Double getDifficultyEstimate() {
        return difficultyEstimate;
    }

    public CognitiveLevel getCognitiveLevel() {
        return cognitiveLevel;
    }

    public String getSource() {
        return source;
    }

    public String getLanguage() {
        return language;
    }

    public String getAuthor() {
        return author;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public List<Criterion> getCriteria() {
        return Collections.unmodifiableList(criteria);
    }
}
