package pl.certbank.web.assembly.page;

import java.util.ArrayList;
import java.util.List;
import pl.certbank.assembly.control.Bounds;
import pl.certbank.assembly.control.Cell;
import pl.certbank.assembly.control.Demand;
import pl.certbank.assembly.control.FormsReview;
import pl.certbank.qualifications.entity.Qualification;

/**
 * The coverage matrix of a run's forms: one row per outcome set, learning outcome, criterion and item type, one
 * column per form; a count outside the row's bounds is marked, one at a bound is marked differently.
 */
public final class RunMatrix {

    private RunMatrix() {
    }

    /** One row: the cell, its bounds as text ("2–4", "≥ 2", "—"), and a count with its mark per form. */
    public record Row(String code, String label, int depth, String bounds, List<Count> counts) {
    }

    /** A form's count in a row: {@code mark} is "out", "edge" or "in". */
    public record Count(int value, String mark) {
    }

    static List<Row> of(Qualification qualification, Demand demand, FormsReview review, List<String> typeLabels,
            List<String> typeCodes) {
        List<Row> rows = new ArrayList<>();
        qualification.getSets().forEach(set -> {
            rows.add(row(Cell.set(set.getCode()), set.getCode() + " " + set.getTitle(), 0, demand, review));
            set.getOutcomes().forEach(o -> {
                rows.add(row(Cell.outcome(o.getCode()), o.getCode() + " " + o.getTitle(), 1, demand, review));
                o.getCriteria().forEach(c -> rows.add(row(Cell.criterion(c.getCode()), c.getCode(), 2, demand,
                        review)));
            });
        });
        for (int t = 0; t < typeCodes.size(); t++) {
            rows.add(row(Cell.type(typeCodes.get(t)), typeLabels.get(t), 0, demand, review));
        }
        return rows;
    }

    private static Row row(Cell cell, String label, int depth, Demand demand, FormsReview review) {
        Bounds bounds = demand.bounds().get(cell);
        List<Count> counts = new ArrayList<>();
        for (FormsReview.Form form : review.forms()) {
            int n = form.counts().getOrDefault(cell, 0);
            String mark = "in";
            if (bounds != null) {
                if (n < bounds.min() || n > bounds.max()) {
                    mark = "out";
                } else if (n == bounds.min() || n == bounds.max()) {
                    mark = "edge";
                }
            }
            counts.add(new Count(n, mark));
        }
        return new Row(cell.code(), label, depth, text(bounds, demand.length()), counts);
    }

    static String text(Bounds bounds, int length) {
        if (bounds == null) {
            return "—";
        }
        if (bounds.max() == 0) {
            return "0";
        }
        if (bounds.max() >= length) {
            return "≥ " + bounds.min();
        }
        return bounds.min() == 0 ? "≤ " + bounds.max() : bounds.min() + "–" + bounds.max();
    }
}
