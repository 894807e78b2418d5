package pl.certbank.assembly.control;

/** The demand the timing tests use on {@link TinyBank#generated} banks: 4 forms of 30, every criterion on each. */
final class Benchmark {

    private Benchmark() {
    }

    static Demand demand(int target) {
        TinyBank.Draft draft = TinyBank.demand(4, 30).band(450, target, 650).shared(8).uses(2);
        TinyBank.generatedCriteria().forEach(criterion -> draft.bound(criterion, 1, 5));
        for (String type : new String[] {"MCQ", "MULTI", "SHORT"}) {
            draft.bound(Cell.type(type), 6, 14);
        }
        return draft.build();
    }
}
