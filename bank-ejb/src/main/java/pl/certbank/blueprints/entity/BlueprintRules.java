package pl.certbank.blueprints.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.answers.ScoringRule;
import pl.certbank.refusals.FieldError;

/**
 * What every form assembled to a blueprint holds. {@code forms} parallel forms of {@code itemsPerForm} items; bounds
 * per outcome set, learning outcome, criterion and item type ({@code cells}; a cell with maximum 0 is excluded, e.g. a
 * criterion only the practical part verifies); each form's mean facility (share of candidates expected to answer
 * correctly) in the {@code facility} band; any two forms share at most {@code maxShared} items, one item is on at most
 * {@code maxUses} forms; items on the last {@code excludeRecentForms} published forms are left out. The scoring and
 * the pass mark are copied by the forms published from it.
 */
public record BlueprintRules(int itemsPerForm, int timeLimitMinutes, PassMark passMark, List<CellRule> cells,
        Band facility, int forms, int maxShared, int maxUses, int excludeRecentForms, Scoring scoring) {

    public static final int MAX_ITEMS_PER_FORM = 200;
    public static final int MAX_MINUTES = 600;
    public static final int MAX_FORMS = 20;
    public static final int MAX_CELLS = 500;
    public static final int MAX_RECENT_FORMS = 100;
    public static final int MAX_NAME = 200;

    /** The level a bound applies to. */
    public enum Level {
        SET,
        OUTCOME,
        CRITERION,
        TYPE
    }

    /** At least {@code min} and at most {@code max} items of one cell per form; null means no bound on that side. */
    public record CellRule(Level level, String code, Integer min, Integer max) {

        public boolean excluded() {
            return max != null && max == 0;
        }
    }

    /** The mean facility band of a form (0–1) and the value forms aim at. */
    public record Band(BigDecimal low, BigDecimal target, BigDecimal high) {
    }

    /** Pass mark as a percentage or as points (one of them), and optionally a minimum percentage per outcome set. */
    public record PassMark(BigDecimal percent, BigDecimal points, Map<String, BigDecimal> setPercent) {

        public PassMark {
            setPercent = setPercent == null ? Map.of() : Map.copyOf(setPercent);
        }
    }

    /** Points per item and the item types scored with partial credit; short answers compared folded or exactly. */
    public record Scoring(BigDecimal pointsPerItem, Set<ItemType> partialCredit, boolean foldText) {

        public Scoring {
            partialCredit = partialCredit == null ? Set.of() : Set.copyOf(partialCredit);
        }

        public ScoringRule ruleFor(ItemType type) {
            return new ScoringRule(pointsPerItem, partialCredit.contains(type), foldText);
        }
    }

    public BlueprintRules {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    /** The rules' own structural errors, as JSON pointers into the blueprint document; codes are checked elsewhere. */
    public List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        range(errors, "/itemsPerForm", itemsPerForm, 1, MAX_ITEMS_PER_FORM);
        range(errors, "/timeLimitMinutes", timeLimitMinutes, 1, MAX_MINUTES);
        range(errors, "/forms", forms, 1, MAX_FORMS);
        boolean lengthOk = itemsPerForm >= 1 && itemsPerForm <= MAX_ITEMS_PER_FORM;
        boolean formsOk = forms >= 1 && forms <= MAX_FORMS;
        if (lengthOk) {
            range(errors, "/maxShared", maxShared, 0, itemsPerForm);
        }
        if (formsOk) {
            range(errors, "/maxUses", maxUses, 1, forms);
        }
        range(errors, "/excludeRecentForms", excludeRecentForms, 0, MAX_RECENT_FORMS);
        passMarkErrors(errors);
        bandErrors(errors);
        if (lengthOk) {
            cellErrors(errors); // bounds are judged against the length, so only against a valid one
        }
        if (scoring == null || scoring.pointsPerItem() == null) {
            errors.add(FieldError.of("/pointsPerItem", BlueprintRule.REQUIRED));
        } else if (!precise(errors, "/pointsPerItem", scoring.pointsPerItem(), 2)) {
            return errors;
        } else if (scoring.pointsPerItem().signum() <= 0 || scoring.pointsPerItem().compareTo(BigDecimal.TEN) > 0) {
            errors.add(FieldError.of("/pointsPerItem", BlueprintRule.OUT_OF_RANGE, "0.01", 10,
                    scoring.pointsPerItem()));
        }
        return errors;
    }

    private void passMarkErrors(List<FieldError> errors) {
        if (passMark == null || (passMark.percent() == null) == (passMark.points() == null)) {
            errors.add(FieldError.of("/passMarkPercent", BlueprintRule.REQUIRED));
            return;
        }
        if (passMark.percent() != null) {
            percent(errors, "/passMarkPercent", passMark.percent());
        } else if (!precise(errors, "/passMarkPoints", passMark.points(), 2)) {
            return;
        } else if (passMark.points().signum() <= 0) {
            errors.add(FieldError.of("/passMarkPoints", BlueprintRule.OUT_OF_RANGE, 0, "∞", passMark.points()));
        } else if (scoring != null && scoring.pointsPerItem() != null && passMark.points()
                .compareTo(scoring.pointsPerItem().multiply(BigDecimal.valueOf(itemsPerForm))) > 0) {
            errors.add(FieldError.of("/passMarkPoints", BlueprintRule.PASS_MARK_ABOVE_TOTAL, passMark.points(),
                    scoring.pointsPerItem().multiply(BigDecimal.valueOf(itemsPerForm))));
        }
        passMark.setPercent().forEach((set, value) -> percent(errors, "/setPassPercent/" + set, value));
    }

    private static void percent(List<FieldError> errors, String field, BigDecimal value) {
        if (!precise(errors, field, value, 2)) {
            return;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.add(FieldError.of(field, BlueprintRule.OUT_OF_RANGE, 0, 100, value));
        }
    }

    private void bandErrors(List<FieldError> errors) {
        if (facility == null || facility.low() == null || facility.target() == null || facility.high() == null) {
            errors.add(FieldError.of("/facility", BlueprintRule.REQUIRED));
            return;
        }
        for (var entry : Map.of("/facility/low", facility.low(), "/facility/target", facility.target(),
                "/facility/high", facility.high()).entrySet()) {
            if (!precise(errors, entry.getKey(), entry.getValue(), 3)) {
                return;
            }
            if (entry.getValue().signum() < 0 || entry.getValue().compareTo(BigDecimal.ONE) > 0) {
                errors.add(FieldError.of(entry.getKey(), BlueprintRule.OUT_OF_RANGE, 0, 1, entry.getValue()));
            }
        }
        if (facility.low().compareTo(facility.target()) > 0 || facility.target().compareTo(facility.high()) > 0) {
            errors.add(FieldError.of("/facility", BlueprintRule.BAND_ORDER, facility.low(), facility.target(),
                    facility.high()));
        }
    }

    private void cellErrors(List<FieldError> errors) {
        if (cells.size() > MAX_CELLS) {
            errors.add(FieldError.of("/cells", BlueprintRule.TOO_MANY, MAX_CELLS, cells.size()));
            return;
        }
        Set<String> seen = new HashSet<>();
        int typeMin = 0;
        int typeMax = 0;
        boolean everyTypeBounded = true;
        Set<String> typed = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            CellRule cell = cells.get(i);
            String at = "/cells/" + i;
            if (cell.level() == null || cell.code() == null || cell.code().isBlank()) {
                errors.add(FieldError.of(at, BlueprintRule.REQUIRED));
                continue;
            }
            if (!seen.add(cell.level() + " " + cell.code())) {
                errors.add(FieldError.of(at + "/code", BlueprintRule.TWICE, cell.code()));
            }
            int min = cell.min() == null ? 0 : cell.min();
            int max = cell.max() == null ? itemsPerForm : cell.max();
            if (min < 0 || max < 0) {
                errors.add(FieldError.of(at, BlueprintRule.OUT_OF_RANGE, 0, itemsPerForm, Math.min(min, max)));
            } else if (min > itemsPerForm) {
                errors.add(FieldError.of(at + "/min", BlueprintRule.ABOVE_LENGTH, min, itemsPerForm));
            } else if (min > max) {
                errors.add(FieldError.of(at, BlueprintRule.MIN_ABOVE_MAX, min, max));
            }
            if (cell.level() == Level.TYPE) {
                typed.add(cell.code());
                typeMin += min;
                typeMax += Math.min(max, itemsPerForm);
            }
        }
        everyTypeBounded = typed.containsAll(java.util.Arrays.stream(ItemType.values()).map(Enum::name).toList());
        if (typeMin > itemsPerForm) {
            errors.add(FieldError.of("/cells", BlueprintRule.TYPES_TOO_MANY, typeMin, itemsPerForm));
        }
        if (everyTypeBounded && typeMax < itemsPerForm) {
            errors.add(FieldError.of("/cells", BlueprintRule.TYPES_TOO_FEW, typeMax, itemsPerForm));
        }
    }

    /** Decimals beyond what the bank stores or compares (thousandths of facility, hundredths of points). */
    private static boolean precise(List<FieldError> errors, String field, BigDecimal value, int places) {
        if (value.stripTrailingZeros().scale() > places) {
            errors.add(FieldError.of(field, BlueprintRule.TOO_PRECISE, places));
            return false;
        }
        return true;
    }

    private static void range(List<FieldError> errors, String field, int value, int low, int high) {
        if (value < low || value > high) {
            errors.add(FieldError.of(field, BlueprintRule.OUT_OF_RANGE, low, high, value));
        }
    }
}
