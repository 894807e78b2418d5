package pl.certbank.assembly.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import pl.certbank.items.entity.ItemVersion;

/** Position {@code slot} of a form, holding one exact item version. */
@Entity
@Table(name = "test_form_item")
@IdClass(FormSlot.Key.class)
public class FormSlot {

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "form_id")
    private TestForm form;

    @Id
    @Column(name = "slot")
    private int slot;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_version_id")
    private ItemVersion version;

    protected FormSlot() {
        // JPA
    }

    FormSlot(TestForm form, int slot, ItemVersion version) {
        this.form = form;
        this.slot = slot;
        this.version = version;
    }

    public TestForm getForm() {
        return form;
    }

    public int getSlot() {
        return slot;
    }

    public ItemVersion getVersion() {
        return version;
    }

    /** The composite key: form and position. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long form;
        private int slot;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(form, key.form) && slot == key.slot;
        }

        @Override
        public int hashCode() {
            return Objects.hash(form, slot);
        }
    }
}
