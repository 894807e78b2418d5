package pl.certbank.publishing.control;

import java.text.Normalizer;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import pl.certbank.items.entity.PlainText;

/**
 * An accepted short answer as a {@code qti-pattern-match} pattern that accepts what {@code ShortAnswer} accepts: any
 * whitespace around it and one or more spaces wherever it has one; with folding, every letter that folds to the same
 * letter ("l", "L", "ł", "Ł"). The pattern is in the subset of regular expressions that XML Schema (which QTI names)
 * and JavaScript (which browsers' players run) read alike: literal letters and digits, character classes with the
 * four class metacharacters escaped, and {@code \s}. Folding covers the Latin letters (U+0000–U+024F, U+1E00–U+1EFF),
 * the letters Polish and its neighbours write; what a candidate types is not normalised to NFC by the player, so a
 * decomposed "o" + combining accent is not "ó" there.
 */
final class QtiTextPattern {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Every Latin letter by what it folds to: "l" → {L, l, Ł, ł}. */
    private static final Map<String, TreeSet<Character>> FOLDED = folded();

    private QtiTextPattern() {
    }

    static String of(String accepted, boolean fold) {
        String normal = SPACES.matcher(Normalizer.normalize(accepted, Normalizer.Form.NFC).strip()).replaceAll(" ");
        StringBuilder pattern = new StringBuilder("\\s*");
        for (char c : normal.toCharArray()) {
            if (c == ' ') {
                pattern.append("\\s+");
                continue;
            }
            TreeSet<Character> alike = new TreeSet<>();
            alike.add(c);
            if (fold) {
                alike.addAll(FOLDED.getOrDefault(PlainText.fold(String.valueOf(c)), new TreeSet<>()));
            }
            if (alike.size() == 1 && Character.isLetterOrDigit(c) && c < 0x80) {
                pattern.append(c);
            } else {
                pattern.append('[');
                alike.forEach(a -> pattern.append("\\[]-^".indexOf(a) >= 0 ? "\\" + a : String.valueOf(a)));
                pattern.append(']');
            }
        }
        return pattern.append("\\s*").toString();
    }

    private static Map<String, TreeSet<Character>> folded() {
        Map<String, TreeSet<Character>> folded = new TreeMap<>();
        for (char c = 0x20; c <= 0x1EFF; c++) {
            if ((c <= 0x24F || c >= 0x1E00) && Character.isLetterOrDigit(c)) {
                folded.computeIfAbsent(PlainText.fold(String.valueOf(c)), k -> new TreeSet<>()).add(c);
            }
        }
        return folded;
    }
}
