package pl.certbank.printing.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import pl.certbank.items.entity.ItemType;
import pl.certbank.publishing.control.Snapshot;

/**
 * Turns the marks read off a copy's answer-sheet pages into the responses the delivery scoring code takes (by item
 * reference, the same shapes an exam client sends), the candidate ID bubbled on page 1, and what still waits for the
 * commission. The rules, printed on the sheet or decided here:
 * <ul>
 * <li>a cancelled (blackened) bubble counts as not marked; an ambiguous one that nobody has decided keeps its whole
 * item pending, so no score is ever made from a guess;</li>
 * <li>single choice: every marked option is sent, so two marks make the response malformed and the item scores 0;
 * multiple response: the marked options;</li>
 * <li>true/false: one mark gives the judgement; none or both leave the item unanswered;</li>
 * <li>matching: a premise row with exactly one mark is matched; rows with none or more are left out;</li>
 * <li>ordering: answered only when every element has exactly one position and the positions are all different;</li>
 * <li>short answer: the text the commission transcribed from the box; until then the item is pending.</li>
 * </ul>
 */
public final class PaperResponses {

    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    private PaperResponses() {
    }

    /** A bubble or a short answer the commission still has to decide; {@code bubble} is -1 for a short answer. */
    public record Pending(int page, int bubble, int formPosition, String reference, String what) {
    }

    /** The responses, the candidate ID as bubbled (null when none was), and what is pending. */
    public record Read(JsonObject responses, String candidateId, List<Pending> pending) {

        public boolean complete() {
            return pending.isEmpty();
        }
    }

    /** One page's final marks: what the thresholds said, with the commission's decisions applied. */
    public interface PageMarks {
        Mark mark(int bubble);
    }

    /**
     * @param pages the copy's sheet layout, page by page
     * @param marks the final marks by page number (1-based); a page missing here is not scanned yet
     * @param shortAnswers transcribed short answers by form position (0-based)
     */
    public static Read of(Snapshot snapshot, List<SheetLayout.Page> pages, Map<Integer, PageMarks> marks,
            Map<Integer, String> shortAnswers) {
        List<Pending> pending = new ArrayList<>();
        Map<Integer, List<Marked>> byItem = new TreeMap<>();
        Map<Integer, Integer> pageOfItem = new LinkedHashMap<>();
        char[] id = null;
        for (SheetLayout.Page page : pages) {
            PageMarks read = marks.get(page.number());
            if (read == null) {
                pending.add(new Pending(page.number(), -1, -1, null, "page " + page.number() + " not scanned"));
                continue;
            }
            for (SheetLayout.Block block : page.blocks()) {
                pageOfItem.put(block.formPosition(), page.number());
            }
            for (SheetLayout.Bubble bubble : page.bubbles()) {
                Mark mark = read.mark(bubble.index());
                if (bubble.kind() == SheetLayout.Kind.DIGIT) {
                    if (id == null) {
                        id = new char[SheetLayout.ID_DIGITS];
                        java.util.Arrays.fill(id, ' ');
                    }
                    int place = Integer.parseInt(bubble.row());
                    if (mark == Mark.MARKED) {
                        id[place] = id[place] == ' ' ? bubble.column().charAt(0) : '?';
                    } else if (mark == Mark.AMBIGUOUS && id[place] == ' ') {
                        id[place] = '?';
                    }
                    continue;
                }
                if (mark == Mark.AMBIGUOUS) {
                    pending.add(new Pending(page.number(), bubble.index(), bubble.formPosition(), bubble.reference(),
                            describe(bubble)));
                }
                byItem.computeIfAbsent(bubble.formPosition(), k -> new ArrayList<>()).add(new Marked(bubble, mark));
            }
        }
        JsonObjectBuilder responses = JSON.createObjectBuilder();
        for (Snapshot.Item item : snapshot.items()) {
            int position = item.position() - 1;
            if (item.type() == ItemType.SHORT_ANSWER) {
                Integer page = pageOfItem.get(position);
                if (page == null) {
                    continue;
                }
                String text = shortAnswers.get(position);
                if (text == null) {
                    pending.add(new Pending(page, -1, position, item.reference(), "short answer to transcribe"));
                } else if (!text.isBlank()) {
                    responses.add(item.reference(), JSON.createObjectBuilder().add("text", text));
                }
                continue;
            }
            List<Marked> bubbles = byItem.get(position);
            if (bubbles == null || bubbles.stream().anyMatch(m -> m.mark == Mark.AMBIGUOUS)) {
                continue;
            }
            List<Marked> on = bubbles.stream().filter(m -> m.mark == Mark.MARKED).toList();
            switch (item.type()) {
                case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
                    if (!on.isEmpty()) {
                        JsonArrayBuilder selected = JSON.createArrayBuilder();
                        on.forEach(m -> selected.add(m.bubble.column()));
                        responses.add(item.reference(), JSON.createObjectBuilder().add("selected", selected));
                    }
                }
                case TRUE_FALSE -> {
                    if (on.size() == 1) {
                        responses.add(item.reference(), JSON.createObjectBuilder().add("answer",
                                Boolean.parseBoolean(on.get(0).bubble.column())));
                    }
                }
                case MATCHING -> {
                    Map<String, List<String>> rows = rows(on);
                    JsonObjectBuilder matches = JSON.createObjectBuilder();
                    int n = 0;
                    for (Map.Entry<String, List<String>> row : rows.entrySet()) {
                        if (row.getValue().size() == 1) {
                            matches.add(row.getKey(), row.getValue().get(0));
                            n++;
                        }
                    }
                    if (n > 0) {
                        responses.add(item.reference(), JSON.createObjectBuilder().add("matches", matches));
                    }
                }
                case ORDERING -> {
                    Map<String, List<String>> rows = rows(on);
                    long elements = bubbles.stream().map(m -> m.bubble.row()).distinct().count();
                    TreeMap<Integer, String> byPosition = new TreeMap<>();
                    boolean valid = rows.size() == elements;
                    for (Map.Entry<String, List<String>> row : rows.entrySet()) {
                        if (row.getValue().size() != 1
                                || byPosition.put(Integer.parseInt(row.getValue().get(0)), row.getKey()) != null) {
                            valid = false;
                        }
                    }
                    if (valid && !rows.isEmpty()) {
                        JsonArrayBuilder order = JSON.createArrayBuilder();
                        byPosition.values().forEach(order::add);
                        responses.add(item.reference(), JSON.createObjectBuilder().add("order", order));
                    }
                }
                case SHORT_ANSWER -> {
                    // handled above
                }
            }
        }
        String candidateId = id == null || new String(id).isBlank() ? null : new String(id).trim();
        return new Read(responses.build(), candidateId, pending);
    }

    private record Marked(SheetLayout.Bubble bubble, Mark mark) {
    }

    private static Map<String, List<String>> rows(List<Marked> on) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (Marked m : on) {
            rows.computeIfAbsent(m.bubble.row(), k -> new ArrayList<>()).add(m.bubble.column());
        }
        return rows;
    }

    /** What a bubble is, for the review queue. */
    public static String describe(SheetLayout.Bubble bubble) {
        return switch (bubble.kind()) {
            case DIGIT -> "ID digit " + (Integer.parseInt(bubble.row()) + 1) + " = " + bubble.column();
            case OPTION -> bubble.reference() + " option " + bubble.column();
            case JUDGEMENT -> bubble.reference() + " " + ("true".equals(bubble.column()) ? "P" : "F");
            case MATCH -> bubble.reference() + " " + bubble.row() + "→" + bubble.column();
            case ORDER -> bubble.reference() + " " + bubble.row() + " at " + bubble.column();
        };
    }
}
