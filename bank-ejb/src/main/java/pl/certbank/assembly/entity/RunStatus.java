package pl.certbank.assembly.entity;

/** Where an assembly run stands. The last five are final. */
public enum RunStatus {
    QUEUED,
    RUNNING,
    /** Forms found and proved optimal. */
    OPTIMAL,
    /** Forms found within the time; the gap says how close to optimal they are proved to be. */
    FEASIBLE,
    /** The bank cannot supply the blueprint: the diagnosis says why; nothing was created. */
    INFEASIBLE,
    /** The time ran out before any set of forms was found (not a proof that none exists). */
    NO_SOLUTION,
    CANCELLED,
    FAILED;

    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }

    /** Whether a run in this state may hold forms: found ones, or the best so far of a cancelled run. */
    public boolean hasForms() {
        return this == OPTIMAL || this == FEASIBLE || this == CANCELLED;
    }
}
