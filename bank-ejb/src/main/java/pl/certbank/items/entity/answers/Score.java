package pl.certbank.items.entity.answers;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The points a response earned out of {@code maximum}, the verdict, and why in English (for a partial, empty or
 * malformed response). Shares of points keep 4 decimal places, rounded half-even.
 */
public record Score(BigDecimal points, BigDecimal maximum, Verdict verdict, String reason) {

    static final int SCALE = 4;

    public Score {
        points = points.setScale(SCALE, RoundingMode.HALF_EVEN);
        maximum = maximum.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** How a response fared. */
    public enum Verdict {
        CORRECT,
        PARTIAL,
        INCORRECT,
        EMPTY,
        MALFORMED
    }

    static Score correct(ScoringRule rule) {
        return new Score(rule.points(), rule.points(), Verdict.CORRECT, null);
    }

    static Score incorrect(ScoringRule rule) {
        return new Score(BigDecimal.ZERO, rule.points(), Verdict.INCORRECT, null);
    }

    static Score empty(ScoringRule rule) {
        return new Score(BigDecimal.ZERO, rule.points(), Verdict.EMPTY, "no response");
    }

    static Score malformed(ScoringRule rule, String reason) {
        return new Score(BigDecimal.ZERO, rule.points(), Verdict.MALFORMED, reason);
    }

    /** The empty and malformed cases every type treats alike; null when the response is of the type's shape. */
    static Score unusable(Response response, Class<? extends Response> shape, ScoringRule rule) {
        if (response == null || response instanceof Response.Empty) {
            return empty(rule);
        }
        if (response instanceof Response.Malformed malformed) {
            return malformed(rule, malformed.reason());
        }
        if (!shape.isInstance(response)) {
            return malformed(rule, "a " + response.getClass().getSimpleName() + " does not answer this item");
        }
        return null;
    }

    /**
     * {@code earned} of {@code possible} parts: all or nothing unless the rule gives partial credit, then that share
     * of the points (never below 0).
     */
    static Score share(double earned, int possible, ScoringRule rule) {
        if (earned >= possible) {
            return correct(rule);
        }
        if (!rule.partialCredit() || earned <= 0) {
            return incorrect(rule);
        }
        BigDecimal points = rule.points().multiply(BigDecimal.valueOf(earned))
                .divide(BigDecimal.valueOf(possible), SCALE, RoundingMode.HALF_EVEN);
        return new Score(points, rule.points(), Verdict.PARTIAL, fraction(earned) + " of " + possible);
    }

    private static String fraction(double earned) {
        return earned == Math.rint(earned) ? String.valueOf((long) earned) : String.valueOf(earned);
    }
}
