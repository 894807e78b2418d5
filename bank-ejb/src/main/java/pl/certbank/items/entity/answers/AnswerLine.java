package pl.certbank.items.entity.answers;

/**
 * One line of an answer as experts read it: which part ({@code field}: option, truth, pairs, ...), its 1-based position
 * when the part repeats (0 when not), and its text; {@code textKey} names a bundle text to show instead (true/false).
 */
public record AnswerLine(String field, int position, String text, String textKey) {

    public static AnswerLine of(String field, String text) {
        return new AnswerLine(field, 0, text, null);
    }

    /** The line's id within a version: {@code option-2}, {@code sequence}. */
    public String id() {
        return position > 0 ? field + "-" + position : field;
    }
}
