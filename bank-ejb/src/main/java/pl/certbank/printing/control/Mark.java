package pl.certbank.printing.control;

/**
 * What a bubble's measured darkness means. Darkness is the mean ink inside the bubble's inner disk (radius
 * {@value #INNER} of the printed circle's, so the printed ring is never counted), each pixel scaled between the paper
 * white measured around that bubble (0) and the ink of the registration marks (1): so a darker or lighter copy
 * measures the same. A clear cross (X) over the circle measures about 0.3; a fully blackened circle, the printed rule
 * for cancelling a mark (as Auto Multiple Choice does), about 1. The thresholds:
 * <ul>
 * <li>below {@value #EMPTY_BELOW}: empty (paper, noise, dust);</li>
 * <li>{@value #MARKED_FROM} to below {@value #MARKED_BELOW}: marked;</li>
 * <li>from {@value #CANCELLED_FROM}: cancelled, which counts as not marked;</li>
 * <li>anything between: ambiguous (a faint stroke, an erased or half-filled mark, a fill not quite complete), which
 * goes to the commission's review queue and never silently into a score.</li>
 * </ul>
 * The darkness of every bubble is stored with the scan, so these thresholds can be retuned without rescanning.
 */
public enum Mark {
    EMPTY,
    MARKED,
    CANCELLED,
    AMBIGUOUS;

    /** The inner disk measured, as a share of the printed circle's radius. */
    public static final double INNER = 0.72;
    public static final double EMPTY_BELOW = 0.06;
    public static final double MARKED_FROM = 0.20;
    public static final double MARKED_BELOW = 0.62;
    public static final double CANCELLED_FROM = 0.85;

    public static Mark of(double darkness) {
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
