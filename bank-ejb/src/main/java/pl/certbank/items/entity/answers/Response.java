package pl.certbank.items.entity.answers;

/**
 * A candidate's response to one item, in the shape of the item's type. {@link Malformed} stands for anything that
 * could not be read as that shape; {@link Empty} for no response at all.
 */
public interface Response {

    /** A response that could not be read as the type's shape; {@code reason} says why, in English. */
    record Malformed(String reason) implements Response {
    }

    /** No response. */
    record Empty() implements Response {
    }
}
