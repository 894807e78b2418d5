package pl.certbank.web.items.page;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.function.UnaryOperator;
import pl.certbank.items.entity.PlainText;
import pl.certbank.items.entity.answers.AnswerLine;
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
        answerRows(left.answer().lines(), right.answer().lines(), label, rows);
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

    /**
     * The answers line by line, as each type words its lines (options one by one, pairs, sequence, ...): lines are
     * matched by their id, in the order they first appear on either side.
     */
    private static void answerRows(List<AnswerLine> left, List<AnswerLine> right, UnaryOperator<String> label,
            List<Row> rows) {
        Map<String, AnswerLine> lefts = byId(left);
        Map<String, AnswerLine> rights = byId(right);
        Set<String> ids = new LinkedHashSet<>(lefts.keySet());
        ids.addAll(rights.keySet());
        for (String id : ids) {
            AnswerLine shape = lefts.getOrDefault(id, rights.get(id));
            String title = label.apply("history." + shape.field()) + (shape.position() > 0 ? " " + shape.position()
                    : "");
            add(rows, id, title, shown(lefts.get(id), label), shown(rights.get(id), label));
        }
    }

    private static Map<String, AnswerLine> byId(List<AnswerLine> lines) {
        Map<String, AnswerLine> byId = new LinkedHashMap<>();
        lines.forEach(line -> byId.put(line.id(), line));
        return byId;
    }

    private static String shown(AnswerLine line, UnaryOperator<String> label) {
        if (line == null) {
            return "";
        }
        return line.textKey() != null ? label.apply(line.textKey()) : line.text();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
