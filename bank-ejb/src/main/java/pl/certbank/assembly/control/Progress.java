package pl.certbank.assembly.control;

/** Told of every improving solution of a running assembly, e.g. to show the operator how far the search has come. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (elapsedMillis, incumbent, bound) -> {
    };

    /** {@code incumbent}: the objective of the best forms so far; {@code bound}: no forms can do better. */
    void update(long elapsedMillis, long incumbent, long bound);
}
