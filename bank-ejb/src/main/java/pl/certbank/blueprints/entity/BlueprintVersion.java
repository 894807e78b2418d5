package pl.certbank.blueprints.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One immutable version of a blueprint: its name and rules as they were when a designer saved them. */
@Entity
@Table(name = "blueprint_version")
public class BlueprintVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "blueprint_id", updatable = false)
    private Blueprint blueprint;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String rules;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected BlueprintVersion() {
        // JPA
    }

    BlueprintVersion(Blueprint blueprint, int number, String name, BlueprintRules rules, String author) {
        this.blueprint = blueprint;
        this.number = number;
        this.name = name;
        this.rules = BlueprintRulesJson.write(rules);
        this.author = author;
        this.createdAt = OffsetDateTime.now();
    }

    public BlueprintRules rules() {
        return BlueprintRulesJson.read(rules);
    }

    public Long getId() {
        return id;
    }

    public Blueprint getBlueprint() {
        return blueprint;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getAuthor() {
        return author;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
