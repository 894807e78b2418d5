package pl.certbank.items.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import pl.certbank.items.control.QualityWarning.Check;
import pl.certbank.items.entity.answers.Choice.Option;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.PlainText;

/**
 * Item-writing guidelines (Haladyna &amp; Downing) that can be judged from one item's content alone. Each finding is
 * a warning, never an error: a reviewer may have good reasons to keep the item. NEAR_DUPLICATE needs the rest of the
 * bank and lives with {@link StemSimilarity}.
 */
public final class QualityChecks {

    /**
     * "All/none of the above" options, matched on folded words joined by single spaces. They let a candidate answer
     * from partial knowledge (two true options imply "all") and "none" tests only what is wrong, not what is right.
     */
    private static final Pattern ALL_OR_NONE = Pattern.compile(String.join("|",
            "\\bwszystkie (z )?(powyzsze|powyzszych|wymienione|wymienionych|podane)\\b",
            "\\bwszystkie (odpowiedzi|wymienione|podane|stwierdzenia) sa (poprawne|prawidlowe|prawdziwe)\\b",
            "\\b(zadna|zadne|zaden) z (powyzszych|wymienionych|podanych|odpowiedzi)\\b",
            "\\b(all|none) of the above\\b", "\\ball the above\\b"));

    /**
     * Test-wise candidates pick the longest option because authors qualify the key more carefully. Half as long
     * again is visible at a glance; the absolute floor keeps short options ("tak", "raz w roku") from warning over a
     * few letters.
     */
    private static final double LONGER_RATIO = 1.5;
    private static final int LONGER_BY_AT_LEAST = 15;
    /** With two options there are no "others" to average; the length cue needs a crowd to stand out from. */
    private static final int MIN_OPTIONS_FOR_LENGTH = 3;

    private QualityChecks() {
    }

    /** All warnings for the content, in a stable order: per check as in {@link Check}, per option as written. */
    public static List<QualityWarning> check(ItemContent content) {
        if (content == null) {
            return List.of();
        }
        List<QualityWarning> warnings = new ArrayList<>();
        List<Option> options = content.answer() == null ? List.of() : content.answer().options();
        warnings.addAll(allOrNone(options));
        warnings.addAll(NegativeStem.check(content.stem()));
        warnings.addAll(oneMuchLonger(options));
        warnings.addAll(ClangAssociation.check(content.stem(), options));
        return List.copyOf(warnings);
    }

    private static List<QualityWarning> allOrNone(List<Option> options) {
        return options.stream()
                .map(option -> PlainText.spaced(option.text()))
                .filter(text -> ALL_OR_NONE.matcher(String.join(" ", PlainText.words(text))).find())
                .map(text -> new QualityWarning(Check.ALL_OR_NONE_OF_THE_ABOVE,
                        "Option \"" + text + "\" is an all/none-of-the-above option: it rewards partial knowledge"
                                + " and depends on the order of the options. Replace it with a plausible distractor.",
                        List.of(text)))
                .toList();
    }

    /** Only the longest option is judged, so an item gets at most one such warning. */
    private static List<QualityWarning> oneMuchLonger(List<Option> options) {
        if (options.size() < MIN_OPTIONS_FOR_LENGTH) {
            return List.of();
        }
        int[] lengths = options.stream().mapToInt(option -> PlainText.spaced(option.text()).length()).toArray();
        int longest = 0;
        for (int i = 1; i < lengths.length; i++) {
            longest = lengths[i] > lengths[longest] ? i : longest;
        }
        double othersAverage = (double) (Arrays.stream(lengths).sum() - lengths[longest]) / (lengths.length - 1);
        if (lengths[longest] < LONGER_RATIO * othersAverage || lengths[longest] - othersAverage < LONGER_BY_AT_LEAST) {
            return List.of();
        }
        Option option = options.get(longest);
        String text = PlainText.spaced(option.text());
        String average = String.valueOf(Math.round(othersAverage));
        String role = option.correct() ? "key" : "distractor";
        return List.of(new QualityWarning(Check.ONE_OPTION_MUCH_LONGER,
                "Option \"" + text + "\" has " + lengths[longest] + " characters against an average of " + average
                        + " for the others. The longest option is often the key, and test-wise candidates pick it;"
                        + (option.correct() ? " here it is the key." : " here it is a distractor that draws them.")
                        + " Make the options similar in length.",
                List.of(text, String.valueOf(lengths[longest]), average, role)));
    }
}
