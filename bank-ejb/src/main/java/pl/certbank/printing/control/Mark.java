package pl.certbank.printing.control;

/** PROVISIONAL: replaced by the scanner's own class. */
public enum Mark {
    EMPTY,
    MARKED,
    CANCELLED,
    AMBIGUOUS;

    public static Mark of(double darkness) {
        if (darkness < 0.08) {
            return EMPTY;
        }
        if (darkness >= 0.15 && darkness < 0.52) {
            return MARKED;
        }
        if (darkness >= 0.90) {
            return CANCELLED;
        }
        return AMBIGUOUS;
    }
}
