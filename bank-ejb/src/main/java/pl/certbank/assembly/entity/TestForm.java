package pl.certbank.assembly.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import pl.certbank.items.entity.ItemVersion;

/** A test form: an ordered list of slots, each pinned to one exact item version. */
@Entity
@Table(name = "test_form")
public class TestForm {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String title;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @OneToMany(mappedBy = "form", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("slot")
    private List<FormSlot> slots = new ArrayList<>();

    protected TestForm() {
        // JPA
    }

    public TestForm(String code, String title) {
        this.code = code;
        this.title = title;
        this.createdAt = OffsetDateTime.now();
    }

    public void add(ItemVersion version) {
        slots.add(new FormSlot(this, slots.size() + 1, version));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public List<FormSlot> getSlots() {
        return Collections.unmodifiableList(slots);
    }
}
