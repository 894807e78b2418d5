package pl.certbank.items.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.certbank.items.control.QualityWarning.Check;
import pl.certbank.items.entity.PlainText;

/**
 * Finds negations in a stem that a hurried candidate could read past ("Który z poniższych nie jest…"). A negation
 * is fine when the author made it stand out: inside {@code <strong>}, {@code <b>}, {@code <em>} or {@code <u>}, or
 * in capitals ("NIE"). Works on the stem HTML itself, because emphasis is lost once the text is made plain.
 */
final class NegativeStem {

    /** A tag, an entity (a separator, never a word) or a run of letters and digits, in document order. */
    private static final Pattern TOKENS = Pattern.compile("<(/?)([a-zA-Z0-9]+)[^>]*>|&#?\\w+;|[\\p{L}\\p{N}]+");
    private static final Set<String> EMPHASIS_TAGS = Set.of("strong", "b", "em", "u");
    /** Single-word negations, folded. "nie" only as a whole word, so "niezbędne" or "nieodpłatnie" never match. */
    private static final Set<String> NEGATIONS = Set.of("nie", "oprocz", "not", "cannot", "except");
    /** "Nie tylko …, ale też" and "not only … but" add, they do not negate. */
    private static final Map<String, String> NOT_A_NEGATION_BEFORE = Map.of("nie", "tylko", "not", "only");

    private record Word(String text, String folded, boolean emphasised) {
    }

    private NegativeStem() {
    }

    static List<QualityWarning> check(String stemHtml) {
        List<Word> words = words(stemHtml == null ? "" : stemHtml);
        Map<String, String> unemphasised = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1).folded() : "";
            String negation = negation(word, i > 0 ? words.get(i - 1) : null, next);
            if (negation != null && !word.emphasised()) {
                unemphasised.putIfAbsent(PlainText.fold(negation), negation);
            }
        }
        return unemphasised.values().stream().map(NegativeStem::warning).toList();
    }

    /** The negation as written when {@code word} is (the last word of) one, otherwise null. */
    private static String negation(Word word, Word previous, String next) {
        String folded = word.folded();
        if (NEGATIONS.contains(folded)) {
            return next.equals(NOT_A_NEGATION_BEFORE.get(folded)) ? null : word.text();
        }
        if (folded.equals("zaden") || folded.startsWith("zadn")) { // żaden, żadna, żadnego, żadnych…
            return word.text();
        }
        if (folded.equals("wyjatkiem") && previous != null && previous.folded().equals("z")) {
            return previous.text() + " " + word.text();
        }
        return null;
    }

    private static List<Word> words(String html) {
        List<Word> words = new ArrayList<>();
        Map<String, Integer> openEmphasis = new LinkedHashMap<>();
        Matcher token = TOKENS.matcher(html);
        while (token.find()) {
            if (token.group(2) != null) {
                String tag = token.group(2).toLowerCase(Locale.ROOT);
                if (EMPHASIS_TAGS.contains(tag) && !token.group().endsWith("/>")) {
                    // A stray closing tag must not switch emphasis off for the rest of the stem, hence max(0, …).
                    openEmphasis.merge(tag, token.group(1).isEmpty() ? 1 : -1, (a, b) -> Math.max(0, a + b));
                }
            } else if (!token.group().startsWith("&")) {
                String text = token.group();
                boolean inEmphasis = openEmphasis.values().stream().anyMatch(depth -> depth > 0);
                words.add(new Word(text, PlainText.fold(text), inEmphasis || inCapitals(text)));
            }
        }
        return words;
    }

    /** "NIE", "NOT": at least two letters, all upper case. A capital at the start of a sentence is not emphasis. */
    private static boolean inCapitals(String text) {
        return text.length() >= 2 && text.equals(text.toUpperCase(Locale.ROOT))
                && !text.equals(text.toLowerCase(Locale.ROOT));
    }

    private static QualityWarning warning(String negation) {
        return new QualityWarning(Check.NEGATIVE_STEM_NOT_EMPHASISED,
                "The stem is negative (\"" + negation + "\") but the negation is not emphasised: candidates who"
                        + " read past it answer the opposite question. Avoid the negative, or put it in bold or"
                        + " capitals.",
                List.of(negation));
    }
}
