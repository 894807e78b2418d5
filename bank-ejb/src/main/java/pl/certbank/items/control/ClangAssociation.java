package pl.certbank.items.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import pl.certbank.items.control.QualityWarning.Check;
import pl.certbank.items.entity.answers.Choice.Option;
import pl.certbank.items.entity.PlainText;

/**
 * A word of the stem that comes back in the key and in no distractor lets a candidate match words instead of
 * knowing the answer ("clang association"). Words are compared by {@link Words#stem} so inflection does not hide the
 * echo.
 */
final class ClangAssociation {

    /** Three-letter words are mostly function words and abbreviations too ambiguous to cue ("art", "ust"). */
    private static final int MIN_WORD_LENGTH = 4;

    private ClangAssociation() {
    }

    static List<QualityWarning> check(String stemHtml, List<Option> options) {
        List<Option> keys = options.stream().filter(Option::correct).toList();
        List<Option> distractors = options.stream().filter(option -> !option.correct()).toList();
        if (keys.isEmpty() || distractors.isEmpty()) {
            return List.of();
        }
        Set<String> inKeys = stems(keys);
        Set<String> inDistractors = stems(distractors);
        Map<String, String> echoed = new LinkedHashMap<>();
        for (String word : Words.meaningful(stemHtml, MIN_WORD_LENGTH)) {
            String stem = Words.stem(word);
            if (inKeys.contains(stem) && !inDistractors.contains(stem)) {
                echoed.putIfAbsent(stem, word);
            }
        }
        if (echoed.isEmpty()) {
            return List.of();
        }
        List<String> words = List.copyOf(echoed.values());
        return List.of(new QualityWarning(Check.STEM_WORDS_ONLY_IN_KEY,
                "Stem word(s) " + String.join(", ", words) + " appear in the key but in no distractor: candidates"
                        + " can pick the key by matching words. Reword the key or use the word(s) in distractors too.",
                words));
    }

    /** All words of the options, stop words included: "dotyczy" in a distractor still echoes "dotyczących". */
    private static Set<String> stems(List<Option> options) {
        return options.stream()
                .flatMap(option -> PlainText.words(PlainText.spaced(option.text())).stream())
                .map(Words::stem)
                .collect(Collectors.toSet());
    }
}
