package pl.certbank.items.entity.answers;

/** A text a candidate sees, with the id a response names it by. */
public record Labelled(String id, String text) implements java.io.Serializable {
}
