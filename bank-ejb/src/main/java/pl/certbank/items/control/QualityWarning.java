package pl.certbank.items.control;

import java.util.List;

/**
 * A weakness of an item that does not block saving: {@code check} names the rule (a key of the UI's bundle,
 * {@code QualityCheck.<check>}), {@code message} explains it in English for the API, {@code arguments} fill the
 * localised message, and {@code similar} lists close items for the near-duplicate check.
 */
public record QualityWarning(Check check, String message, List<String> arguments, List<SimilarItem> similar) {

    public QualityWarning {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        similar = similar == null ? List.of() : List.copyOf(similar);
    }

    public QualityWarning(Check check, String message, List<String> arguments) {
        this(check, message, arguments, List.of());
    }

    /** The rules the checks apply. */
    public enum Check {
        ALL_OR_NONE_OF_THE_ABOVE,
        NEGATIVE_STEM_NOT_EMPHASISED,
        ONE_OPTION_MUCH_LONGER,
        STEM_WORDS_ONLY_IN_KEY,
        NEAR_DUPLICATE
    }

    /** An item of the bank whose stem resembles this one; {@code score} from 0 (unlike) to 1 (identical). */
    public record SimilarItem(long itemId, String reference, String stemText, double score) {
    }
}
