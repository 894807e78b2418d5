package pl.certbank.web.items;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import pl.certbank.items.control.PlainText;
import pl.certbank.items.entity.Answer;
import pl.certbank.items.entity.ItemContent;

/** Two versions of an item field by field, left and right, with the rows that differ marked. */
public final class VersionDiff {

    private VersionDiff() {
    }

    /** One compared field; {@code words} is the word-level diff of the stem (HTML, escaped), else null. */
    public record Row(String field, String label, String left, String right, boolean changed, String words)
            implements Serializable {
    }

    /** {@code label} turns a bundle key into its text. */
    public static List<Row> rows(ItemContent left, ItemContent right, UnaryOperator<String> label) {
        List<Row> rows = new ArrayList<>();
        String leftStem = PlainText.of(left.stem());
        String rightStem = PlainText.of(right.stem());
        rows.add(new Row("stem", label.apply("items.field.stem"), leftStem, rightStem, !leftStem.equals(rightStem),
                WordDiff.html(leftStem, rightStem)));
        add(rows, "type", label.apply("items.field.type"), label.apply("ItemType." + left.type()),
                label.apply("ItemType." + right.type()));
        Answer l = left.answer();
        Answer r = right.answer();
        for (int i = 0; i < Math.max(l.options().size(), r.options().size()); i++) {
            add(rows, "option-" + (i + 1), label.apply("history.option") + " " + (i + 1), option(l, i),
                    option(r, i));
        }
        add(rows, "truth", label.apply("history.truth"), l.truth() == null ? "" : label.apply(
                l.truth() ? "items.edit.true" : "items.edit.false"), r.truth() == null ? ""
                        : label.apply(
                                r.truth() ? "items.edit.true" : "items.edit.false"));
        add(rows, "pairs", label.apply("history.pairs"), pairs(l), pairs(r));
        add(rows, "distractors", label.apply("history.distractors"), String.join("; ", l.distractors()),
                String.join("; ", r.distractors()));
        add(rows, "sequence", label.apply("history.sequence"), String.join(" → ", l.sequence()),
                String.join(" → ", r.sequence()));
        add(rows, "accepted", label.apply("history.accepted"), String.join("; ", l.accepted()),
                String.join("; ", r.accepted()));
        add(rows, "criteria", label.apply("items.field.criteria"), String.join(", ", new java.util.TreeSet<>(
                left.criteria())), String.join(", ", new java.util.TreeSet<>(right.criteria())));
        add(rows, "difficulty", label.apply("items.field.difficulty"), text(left.difficulty()),
                text(right.difficulty()));
        add(rows, "estimate", label.apply("items.field.estimate"), text(left.difficultyEstimate()),
                text(right.difficultyEstimate()));
        add(rows, "cognitive", label.apply("items.field.cognitiveLevel"), text(left.cognitiveLevel()),
                text(right.cognitiveLevel()));
        add(rows, "keywords", label.apply("items.field.keywords"), String.join(", ", left.keywords()),
                String.join(", ", right.keywords()));
        add(rows, "source", label.apply("items.field.source"), text(left.source()), text(right.source()));
        add(rows, "rationale", label.apply("items.field.rationale"), text(left.rationale()),
                text(right.rationale()));
        return rows;
    }

    private static void add(List<Row> rows, String field, String label, String left, String right) {
        if (left.isEmpty() && right.isEmpty()) {
            return;
        }
        rows.add(new Row(field, label, left, right, !Objects.equals(left, right), null));
    }

    private static String option(Answer a, int i) {
        if (i >= a.options().size()) {
            return "";
        }
        Answer.Option o = a.options().get(i);
        return (o.correct() ? "✔ " : "") + PlainText.of(o.text());
    }

    private static String pairs(Answer a) {
        return String.join("; ", a.pairs().stream().map(p -> p.premise() + " → " + p.response()).toList());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
