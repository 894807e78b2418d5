package pl.certbank.assembly.control;

/** How many items of one cell each form holds: at least {@code min}, at most {@code max} (both inclusive). */
public record Bounds(int min, int max) {

    public Bounds {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bounds need 0 <= min <= max, not " + min + ".." + max);
        }
    }

    public static Bounds excluded() {
        return new Bounds(0, 0);
    }
}
