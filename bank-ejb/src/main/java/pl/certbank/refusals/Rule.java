package pl.certbank.refusals;

/**
 * A structural rule that submitted content can break, as an enum constant: its English text (a MessageFormat pattern
 * over the values the error names) and its bundle key.
 */
public interface Rule {

    String english();

    String name();

    default String key() {
        return Texts.key((Enum<?>) this);
    }
}
