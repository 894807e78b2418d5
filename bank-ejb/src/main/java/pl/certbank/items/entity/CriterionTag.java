package pl.certbank.items.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One criterion of an item's latest version, as search reads it: bare ids, so that a criterion filter is a range scan
 * of one narrow table. Written only through {@link Item}'s criteria; never created or changed through this class.
 */
@Entity
@Table(name = "item_criterion")
@IdClass(CriterionTag.Key.class)
public class CriterionTag {

    @Id
    @Column(name = "criterion_id")
    private Long criterionId;

    @Id
    @Column(name = "item_id")
    private Long itemId;

    protected CriterionTag() {
        // JPA
    }

    public Long getCriterionId() {
        return criterionId;
    }

    public Long getItemId() {
        return itemId;
    }

    /** The key: criterion and item. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long criterionId;
        private Long itemId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(criterionId, key.criterionId)
                    && Objects.equals(itemId, key.itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(criterionId, itemId);
        }
    }
}
