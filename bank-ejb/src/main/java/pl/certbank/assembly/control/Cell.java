package pl.certbank.assembly.control;

/**
 * One row family of a blueprint: an outcome set, a learning outcome, a verification criterion or an item type. A
 * candidate item belongs to every cell its criteria lead to (criterion, its outcome, its set) and to its type's cell.
 */
public record Cell(Kind kind, String code) implements Comparable<Cell> {

    public enum Kind {
        SET,
        OUTCOME,
        CRITERION,
        TYPE
    }

    public static Cell set(String code) {
        return new Cell(Kind.SET, code);
    }

    public static Cell outcome(String code) {
        return new Cell(Kind.OUTCOME, code);
    }

    public static Cell criterion(String code) {
        return new Cell(Kind.CRITERION, code);
    }

    public static Cell type(String code) {
        return new Cell(Kind.TYPE, code);
    }

    @Override
    public int compareTo(Cell other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : code.compareTo(other.code);
    }

    /** The cell as a test designer names it: "criterion Z1.3.2", "type MCQ". */
    public String label() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + code;
    }

    @Override
    public String toString() {
        return kind == Kind.TYPE ? "type " + code : code;
    }
}
