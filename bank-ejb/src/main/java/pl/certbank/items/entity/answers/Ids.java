package pl.certbank.items.entity.answers;

import java.util.ArrayList;
import java.util.List;

/**
 * Stable ids of what a candidate sees, worked out from the version alone (a version never changes, so neither do
 * they). Options and premises are numbered as the author wrote them ({@code o1}, {@code p1}): their order says
 * nothing of the key. Matching responses and ordering elements are numbered in the order of their texts ({@code r1},
 * {@code e1}; by code point, independent of any locale), because their written order is the key itself.
 */
final class Ids {

    private Ids() {
    }

    static String positional(String prefix, int index) {
        return prefix + (index + 1);
    }

    /** The texts sorted as their ids number them. */
    static List<String> byText(List<String> texts) {
        List<String> sorted = new ArrayList<>(texts);
        sorted.sort(String::compareTo);
        return sorted;
    }

    /** The id of {@code text} among {@code texts}, numbered in text order. */
    static String ofText(String prefix, List<String> texts, String text) {
        return prefix + (byText(texts).indexOf(text) + 1);
    }

    static List<Labelled> labelledByText(String prefix, List<String> texts) {
        List<String> sorted = byText(texts);
        List<Labelled> labelled = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            labelled.add(new Labelled(positional(prefix, i), sorted.get(i)));
        }
        return labelled;
    }
}
