package pl.certbank.refusals;

/**
 * Why something was refused, as an enum constant of the component that refuses: its kind, its English text (a
 * MessageFormat pattern) and the bundle key under which pages find the same text in the user's language.
 */
public interface Reason {

    Kind kind();

    String english();

    String name();

    default String key() {
        return Texts.key((Enum<?>) this);
    }
}
