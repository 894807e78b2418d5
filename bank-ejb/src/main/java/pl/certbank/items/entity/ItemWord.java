package pl.certbank.items.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A folded word of an item's latest version: the full-text index, kept by the item itself. */
@Entity
@Table(name = "item_word")
@IdClass(ItemWord.Key.class)
public class ItemWord {

    /** Longer words are cut: a prefix this long already finds them. */
    public static final int MAX_LENGTH = 100;

    @Id
    private String word;

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    private Item item;

    // The same column, read as a number: "w.itemId" lets a search subquery stay on this table, where "w.item.id"
    // makes EclipseLink join the item table for every matching word.
    @Column(name = "item_id", insertable = false, updatable = false)
    private Long itemId;

    protected ItemWord() {
        // JPA
    }

    ItemWord(Item item, String word) {
        this.item = item;
        this.word = cut(word);
    }

    /** The word as the index keeps it. */
    static String cut(String word) {
        return word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word;
    }

    public String getWord() {
        return word;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ItemWord w && Objects.equals(word, w.word) && item == w.item;
    }

    @Override
    public int hashCode() {
        return Objects.hash(word, System.identityHashCode(item));
    }

    /** The key: word and item. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String word;
        private Long item;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(word, key.word) && Objects.equals(item, key.item);
        }

        @Override
        public int hashCode() {
            return Objects.hash(word, item);
        }
    }
}
