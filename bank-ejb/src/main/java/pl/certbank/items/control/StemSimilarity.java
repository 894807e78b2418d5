package pl.certbank.items.control;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import pl.certbank.items.control.QualityWarning.Check;
import pl.certbank.items.control.QualityWarning.SimilarItem;
import pl.certbank.items.entity.PlainText;

/**
 * How alike two stems read, for the NEAR_DUPLICATE warning: two items asking the same thing in one form let a
 * candidate answer one from the other. Works on the visible text, folded, so markup, case and diacritics
 * ("żądanie"/"zadanie") never make two copies look different.
 */
public final class StemSimilarity {

    /**
     * Reworded copies of one question ("Który akt prawny…" / "Jaki akt prawny…", a sentence turned around) score
     * about 0.6–0.9; different questions built on one template ("Co oznacza skrót CRM?" / "…RODO?") stay under
     * 0.5, unrelated stems under 0.2. A false alarm costs a reviewer a glance, a missed copy can leak an answer
     * within a form, so the line sits just under the copies rather than in the middle of the gap.
     */
    public static final double NEAR_DUPLICATE = 0.55;

    /** Three letters: long enough not to match everything, short enough that "-ych"/"-ego" endings differ little. */
    private static final int SHINGLE = 3;
    /** Words that name the subject ("CRM", "cel", "RODO"): scaffolding of three letters is in the stop list. */
    private static final int MIN_WORD_LENGTH = 3;
    /** Five letters and more: a pre-filter on shorter words would match half the bank. */
    private static final int DISTINCTIVE_MIN_LENGTH = 5;

    private StemSimilarity() {
    }

    /**
     * 0 (nothing shared) to 1 (same text). The mean of two Jaccard indexes, because each covers the other's blind
     * spot: character 3-grams survive inflection, typos and reordering, but reward short template stems for their
     * shared scaffolding; stemmed meaningful words ignore the scaffolding ("Który/Jaki", "powinien/musi") and weigh
     * the subject words, but are coarse for short stems and blind to inflection past {@link Words#stem}.
     */
    public static double score(String stemA, String stemB) {
        double characters = jaccard(shingles(stemA), shingles(stemB));
        Set<String> wordsA = wordStems(stemA);
        Set<String> wordsB = wordStems(stemB);
        if (wordsA.isEmpty() && wordsB.isEmpty()) {
            return characters; // only scaffolding ("Które z poniższych jest prawdą?"): words say nothing either way
        }
        return (characters + jaccard(wordsA, wordsB)) / 2;
    }

    /** Up to {@code limit} distinct folded subject words of the stem, longest first, to pre-select candidates. */
    public static List<String> distinctiveWords(String stem, int limit) {
        return Words.meaningful(stem, DISTINCTIVE_MIN_LENGTH).stream()
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .limit(Math.max(0, limit))
                .toList();
    }

    /** The NEAR_DUPLICATE warning for the items found at or above {@link #NEAR_DUPLICATE}, most similar first. */
    public static QualityWarning nearDuplicateWarning(List<SimilarItem> similar) {
        List<SimilarItem> closestFirst = similar.stream()
                .sorted(Comparator.comparingDouble(SimilarItem::score).reversed())
                .toList();
        List<String> references = closestFirst.stream().map(SimilarItem::reference).toList();
        return new QualityWarning(Check.NEAR_DUPLICATE,
                "The stem reads almost like " + String.join(", ", references) + ": two such items in one form let"
                        + " candidates answer one from the other. Merge them or make them test different things.",
                references, closestFirst);
    }

    private static Set<String> shingles(String html) {
        // Spaces around the text give the first and last word boundary shingles (" cr", "rm ") like the others.
        String text = " " + String.join(" ", PlainText.words(PlainText.of(html))) + " ";
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= text.length(); i++) {
            shingles.add(text.substring(i, i + SHINGLE));
        }
        return shingles;
    }

    private static Set<String> wordStems(String html) {
        return Words.meaningful(html, MIN_WORD_LENGTH).stream().map(Words::stem).collect(Collectors.toSet());
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0; // two empty stems are the same text
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }
}
