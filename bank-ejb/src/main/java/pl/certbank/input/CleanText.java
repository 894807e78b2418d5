package pl.certbank.input;

import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Every text the bank stores is normalised the same way: Unicode NFC (so "ą" typed two ways is one "ą"), with no
 * control characters but tab, line feed and carriage return, and no half surrogate pairs. Nothing is dropped silently:
 * {@link #problem} says what would have to be, and the caller refuses the text.
 */
public final class CleanText {

    private CleanText() {
    }

    /** The text in NFC; null stays null. Check it with {@link #problem} first. */
    public static String normal(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** What makes the text unstorable, as a rule and its value; empty when it is fine. */
    public static Optional<Problem> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(new Problem(InputRule.UNPAIRED_SURROGATE, ""));
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(new Problem(InputRule.CONTROL_CHARACTER, HexFormat.of().withUpperCase()
                        .toHexDigits((short) c)));
            }
        }
        return Optional.empty();
    }

    /** A rule a text breaks, with the value its message names. */
    public record Problem(InputRule rule, String value) {
    }
}
