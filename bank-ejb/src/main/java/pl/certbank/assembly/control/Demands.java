package pl.certbank.assembly.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import pl.certbank.blueprints.entity.BlueprintRules;
import pl.certbank.blueprints.entity.BlueprintRules.CellRule;

/** A blueprint's rules in the solver's terms (cells, thousandths), with the designer's locks. */
public final class Demands {

    private Demands() {
    }

    public static Demand of(BlueprintRules rules, Set<Long> lockedOut, Map<Integer, Set<Long>> lockedIn) {
        Map<Cell, Bounds> bounds = new HashMap<>();
        for (CellRule rule : rules.cells()) {
            Cell cell = new Cell(Cell.Kind.valueOf(rule.level().name()), rule.code());
            int min = rule.min() == null ? 0 : rule.min();
            int max = rule.max() == null ? rules.itemsPerForm() : Math.min(rule.max(), rules.itemsPerForm());
            bounds.put(cell, new Bounds(min, max));
        }
        return new Demand(rules.forms(), rules.itemsPerForm(), bounds, thousandths(rules.facility().low()),
                thousandths(rules.facility().high()), thousandths(rules.facility().target()), rules.maxShared(),
                rules.maxUses(), lockedOut, lockedIn);
    }

    static int thousandths(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(1000)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
