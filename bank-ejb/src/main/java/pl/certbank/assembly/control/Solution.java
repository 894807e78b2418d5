package pl.certbank.assembly.control;

import java.util.List;

/**
 * What an assembly solve found: the item ids of every form (pool order; empty when there is no solution), the
 * objective of those forms and the best bound the solver proved, the relative gap between them, when the first
 * solution came ({@code null} when none did), the total time and, for an infeasible demand, the groups of rows (the
 * blueprint rules, see {@link AssemblyModel.Row#group()}) that together cannot be met.
 */
public record Solution(Status status, List<List<Long>> forms, long objective, long bound, double gap,
        Long millisToFirst, long millisTotal, List<String> conflicts) {

    public enum Status {
        /** Proven best. */
        OPTIMAL,
        /** Valid forms, not proven best when time ran out. */
        FEASIBLE,
        /** No forms can meet the demand; {@code conflicts} says which rules clash. */
        INFEASIBLE,
        /** No solution within the time limit, and no proof that none exists. */
        UNKNOWN,
        /** Stopped by the operator; {@code forms} holds the best so far, if any. */
        CANCELLED
    }

    public Solution {
        forms = forms.stream().map(List::copyOf).toList();
        conflicts = List.copyOf(conflicts);
    }

    /** The relative gap of a maximisation: how much better than the incumbent the bound still allows. */
    public static double gap(long incumbent, long bound) {
        return (double) (bound - incumbent) / Math.max(Math.abs(bound), 1);
    }

    public boolean hasForms() {
        return !forms.isEmpty();
    }
}
