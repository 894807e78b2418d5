package pl.certbank.items.entity;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as search and quality checks see it: HTML reduced to words, and Polish diacritics folded
 * ("Ochrona Danych Osobowych" and "ochrona danych osobowych" and "óchrona" all compare equal).
 */
public final class PlainText {

    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PlainText() {
    }

    /** The visible text of an HTML fragment, entities decoded, whitespace collapsed. */
    public static String of(String html) {
        if (html == null) {
            return "";
        }
        String text = TAGS.matcher(html.replace("<br", " <br").replace("</p>", " </p>").replace("</li>", " </li>"))
                .replaceAll("");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#34;", "\"").replace("&#43;", "+").replace("&#61;", "=")
                .replace("&#64;", "@").replace("&#96;", "`").replace("&amp;", "&");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /**
     * A plain text (an option, a premise, a keyword: stored verbatim, never HTML) with its whitespace collapsed:
     * "x < 5 > y" stays as written, where {@link #of} would take "< 5 >" for a tag.
     */
    public static String spaced(String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** Lower case without diacritics; ł/Ł, which Unicode does not decompose, become l. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('ł', 'l');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** Folded words of the text, in order. */
    public static List<String> words(String text) {
        String folded = fold(text).strip();
        if (folded.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(NON_WORD.split(folded)).filter(w -> !w.isEmpty()).toList();
    }
}
