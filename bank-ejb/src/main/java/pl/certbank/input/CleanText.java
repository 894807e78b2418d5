package pl.certbank.input;

import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Every text the bank stores is normalised the same way: Unicode NFC (so "ą" typed two ways is one "ą"), with no
 * control characters but tab, line feed and carriage return, no bidirectional embeddings, overrides or isolates, and
 * no half surrogate pairs. Nothing is dropped silently:
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
            } else if (bidiControl(c)) {
                return Optional.of(new Problem(InputRule.BIDI_CONTROL, hex(c)));
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(new Problem(InputRule.CONTROL_CHARACTER, hex(c)));
            }
        }
        return Optional.empty();
    }

    private static String hex(char c) {
        return HexFormat.of().withUpperCase().toHexDigits((short) c);
    }

    /**
     * Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder what a reader sees without changing
     * what is stored, so a name or an answer could display as something else ("Trojan Source"); the bank's languages
     * never need them. The marks U+200E/U+200F, which only hint a direction, stay allowed.
     */
    private static boolean bidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    /** A rule a text breaks, with the value its message names. */
    public record Problem(InputRule rule, String value) {
    }
}
