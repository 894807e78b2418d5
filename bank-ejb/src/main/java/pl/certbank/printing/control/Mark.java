package pl.certbank.printing.control;

/**
 * What a bubble on a scanned answer sheet holds, judged from its darkness ({@link SheetReader}): a number from 0 (clean
 * paper) to 1 (solid ink) measured inside the bubble, its printed outline left out. The sheet asks for a cross (X) in
 * the circle to mark an answer and for the whole circle blackened to cancel it ({@link AnswerSheetPdf#HOW_TO_MARK},
 * {@link AnswerSheetPdf#HOW_TO_CANCEL}), so darkness is read in bands:
 * <ul>
 * <li>below {@link #EMPTY_BELOW} (0.08): {@link #EMPTY}, nothing but paper and scanner noise;</li>
 * <li>from {@link #EMPTY_BELOW} to below {@link #MARKED_FROM} (0.08–0.15): {@link #AMBIGUOUS}, a dot, a stray line or a
 * very thin cross;</li>
 * <li>from {@link #MARKED_FROM} to below {@link #MARKED_BELOW} (0.15–0.52): {@link #MARKED}, a cross of pen strokes (a
 * 0.5 mm cross covers about a third of the measured disc);</li>
 * <li>from {@link #MARKED_BELOW} to below {@link #CANCELLED_FROM} (0.52–0.90): {@link #AMBIGUOUS}, a half-filled
 * circle, a cross partly blackened, a faint grey residue;</li>
 * <li>from {@link #CANCELLED_FROM} (0.90): {@link #CANCELLED}, the circle blackened.</li>
 * </ul>
 * How darkness is computed (so that solid ink and faint grey never fall into the cross's band) is described in
 * {@link SheetReader}. Callers store the darkness, not the mark, so that the bands can be re-tuned without scanning
 * again; an ambiguous bubble is for a person to look at.
 */
public enum Mark {
    /** Nothing in the bubble. */
    EMPTY,
    /** A cross in the bubble: the answer is chosen. */
    MARKED,
    /** The bubble blackened: a mark taken back, which does not count. */
    CANCELLED,
    /** Neither clearly empty, marked nor cancelled: for a person to decide. */
    AMBIGUOUS;

    /** Darkness below which a bubble is {@link #EMPTY}. */
    public static final double EMPTY_BELOW = 0.08;
    /** Darkness from which a bubble is {@link #MARKED} (up to {@link #MARKED_BELOW}). */
    public static final double MARKED_FROM = 0.15;
    /** Darkness from which a bubble is no longer {@link #MARKED}. */
    public static final double MARKED_BELOW = 0.52;
    /** Darkness from which a bubble is {@link #CANCELLED}. */
    public static final double CANCELLED_FROM = 0.90;

    /** The mark a bubble of {@code darkness} holds; anything not a number is {@link #AMBIGUOUS}. */
    public static Mark of(double darkness) {
        if (Double.isNaN(darkness)) {
            return AMBIGUOUS;
        }
        if (darkness < EMPTY_BELOW) {
            return EMPTY;
        }
        if (darkness >= MARKED_FROM && darkness < MARKED_BELOW) {
            return MARKED;
        }
        if (darkness >= CANCELLED_FROM) {
            return CANCELLED;
        }
        return AMBIGUOUS;
    }
}
