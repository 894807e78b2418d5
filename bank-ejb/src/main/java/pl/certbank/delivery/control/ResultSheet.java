package pl.certbank.delivery.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import pl.certbank.blueprints.entity.BlueprintRules.PassMark;
import pl.certbank.items.entity.answers.Score;

/**
 * One candidate's result on a form: points per criterion, learning outcome, outcome set and in total, the verdict
 * against the pass mark (total, and per outcome set where the form has minimums), and where the candidate fell short.
 * <p>
 * Decided here (issue 10 is silent): a part (set, outcome or criterion) <em>falls short</em> when its share of points
 * is below the share the form asks of the whole (the pass mark as a percentage of the form's points), or, for a set
 * with its own minimum, below that minimum. Every such comparison is exact (points × 100 against percent × maximum);
 * percentages keep two decimals, rounded half-even, for display only. A candidate passes when the total reaches the
 * pass mark and every set reaches its minimum. {@code passNumerator / passDenominator} is the share the whole needs.
 */
public record ResultSheet(Part total, Map<String, Part> sets, Map<String, Part> outcomes, Map<String, Part> criteria,
        Map<String, BigDecimal> setMinimums, boolean passed, BigDecimal passNumerator, BigDecimal passDenominator) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One scored item: its reference, where it counts (a criterion, its outcome and its set), and its score. */
    public record Scored(String reference, Set<String> criteria, Set<String> outcomes, Set<String> sets, Score score) {

        public Scored {
            criteria = Set.copyOf(criteria);
            outcomes = Set.copyOf(outcomes);
            sets = Set.copyOf(sets);
        }
    }

    /** Points earned out of the maximum, and their share in per cent. */
    public record Part(BigDecimal points, BigDecimal maximum) {

        public static final Part NONE = new Part(BigDecimal.ZERO, BigDecimal.ZERO);

        static Part of(Score score) {
            return new Part(score.points(), score.maximum());
        }

        Part plus(Part other) {
            return new Part(points.add(other.points()), maximum.add(other.maximum()));
        }

        /** Whether the share reaches {@code numerator / denominator}, compared exactly (never the rounded percent). */
        boolean reaches(BigDecimal numerator, BigDecimal denominator) {
            return points.multiply(denominator).compareTo(numerator.multiply(maximum)) >= 0;
        }

        /** The share in per cent, two decimals, for display. */
        public BigDecimal percent() {
            return maximum.signum() == 0 ? BigDecimal.ZERO
                    : points.multiply(HUNDRED).divide(maximum, 2, RoundingMode.HALF_EVEN);
        }
    }

    public ResultSheet {
        sets = Map.copyOf(sets);
        outcomes = Map.copyOf(outcomes);
        criteria = Map.copyOf(criteria);
        setMinimums = Map.copyOf(setMinimums);
    }

    /** Sums the scores of a form's items against its pass mark. */
    public static ResultSheet of(List<Scored> items, PassMark passMark) {
        Part total = Part.NONE;
        Map<String, Part> sets = new TreeMap<>();
        Map<String, Part> outcomes = new TreeMap<>();
        Map<String, Part> criteria = new TreeMap<>();
        for (Scored item : items) {
            Part part = Part.of(item.score());
            total = total.plus(part);
            item.sets().forEach(code -> sets.merge(code, part, Part::plus));
            item.outcomes().forEach(code -> outcomes.merge(code, part, Part::plus));
            item.criteria().forEach(code -> criteria.merge(code, part, Part::plus));
        }
        boolean totalPassed = passMark.points() != null ? total.points().compareTo(passMark.points()) >= 0
                : total.reaches(passMark.percent(), HUNDRED);
        boolean setsPassed = passMark.setPercent().entrySet().stream()
                .allMatch(e -> sets.getOrDefault(e.getKey(), Part.NONE).reaches(e.getValue(), HUNDRED));
        return new ResultSheet(total, sets, outcomes, criteria, passMark.setPercent(),
                totalPassed && setsPassed, passMark.points() != null ? passMark.points() : passMark.percent(),
                passMark.points() != null ? total.maximum() : HUNDRED);
    }

    /** The share of the form's points the pass mark asks, in per cent, two decimals, for display. */
    public BigDecimal passPercent() {
        return new Part(passNumerator, passDenominator).percent();
    }

    /** The sets, outcomes and criteria where the candidate fell short (see the class comment), each in code order. */
    public Shortfall shortfall() {
        return new Shortfall(below(sets, true), below(outcomes, false), below(criteria, false));
    }

    private List<String> below(Map<String, Part> parts, boolean withMinimums) {
        List<String> codes = new ArrayList<>();
        new TreeMap<>(parts).forEach((code, part) -> {
            // short of the share the whole needs, or of the set's own minimum
            boolean reaches = part.reaches(passNumerator, passDenominator)
                    && (!withMinimums || !setMinimums.containsKey(code)
                            || part.reaches(setMinimums.get(code), HUNDRED));
            if (!reaches) {
                codes.add(code);
            }
        });
        return List.copyOf(codes);
    }

    /** What a justification of the result names. */
    public record Shortfall(List<String> sets, List<String> outcomes, List<String> criteria) {
    }
}
