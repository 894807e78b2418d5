package pl.certbank.items.entity.answers;

import java.math.BigDecimal;

/**
 * How items are scored: {@code points} for a fully correct response (1 unless a blueprint says otherwise);
 * {@code partialCredit} gives multiple-response, matching and ordering items a share of the points (all or nothing
 * otherwise); {@code foldText} compares short answers with case and diacritics folded ("Łódź" = "lodz"). Blueprints
 * choose the rule and published forms copy it, so a form is scored forever as it was published.
 */
public record ScoringRule(BigDecimal points, boolean partialCredit, boolean foldText) {

    /** One point, all or nothing, short answers folded. */
    public static final ScoringRule DEFAULT = new ScoringRule(BigDecimal.ONE, false, true);

    public ScoringRule {
        if (points == null || points.signum() <= 0) {
            throw new IllegalArgumentException("An item is worth more than 0 points, not " + points);
        }
    }

    public ScoringRule withPartialCredit(boolean partial) {
        return new ScoringRule(points, partial, foldText);
    }

    public ScoringRule withFoldText(boolean fold) {
        return new ScoringRule(points, partialCredit, fold);
    }
}
