package pl.certbank.assembly.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Small banks and demands built in code, so every test states the items and rules it relies on. */
final class TinyBank {

    private TinyBank() {
    }

    /** An item of criterion "Z1.2.3" (hence outcome "Z1.2" and set "Z1") and a type, without enemies or family. */
    static Candidate item(long id, String criterion, String type, int facility) {
        return item(id, criterion, type, facility, Set.of(), null);
    }

    static Candidate item(long id, String criterion, String type, int facility, Set<Long> enemies, String family) {
        String outcome = criterion.substring(0, criterion.lastIndexOf('.'));
        String set = criterion.substring(0, criterion.indexOf('.'));
        return new Candidate(id, id * 10, "REF-" + id,
                Set.of(Cell.criterion(criterion), Cell.outcome(outcome), Cell.set(set), Cell.type(type)), facility,
                enemies, family);
    }

    static Draft demand(int forms, int length) {
        return new Draft(forms, length);
    }

    /**
     * A seeded bank of {@code n} items over 12 criteria (3 outcomes, 2 sets) and 3 types, with facilities 0.25–0.85,
     * a few enemy pairs and families of three.
     */
    static List<Candidate> generated(long seed, int n) {
        Random random = new Random(seed);
        Map<Long, Set<Long>> enemies = new HashMap<>();
        for (int pair = 0; pair < n / 10; pair++) {
            long a = 1 + random.nextInt(n);
            long b = 1 + random.nextInt(n);
            if (a != b) {
                enemies.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            }
        }
        String[] types = {"MCQ", "MULTI", "SHORT"};
        List<Candidate> pool = new ArrayList<>();
        for (long id = 1; id <= n; id++) {
            int k = random.nextInt(12);
            String criterion = "Z" + (1 + k / 6) + "." + (1 + k % 3) + "." + (1 + k % 2);
            String family = id % 15 < 3 && id > 3 ? "F" + (id / 15) : null;
            pool.add(item(id, criterion, types[random.nextInt(3)], 250 + random.nextInt(601),
                    enemies.getOrDefault(id, Set.of()), family));
        }
        return pool;
    }

    /** The criteria of {@link #generated}: Z1/Z2 × outcome 1..3 × criterion 1..2. */
    static List<Cell> generatedCriteria() {
        List<Cell> criteria = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            criteria.add(Cell.criterion("Z" + (1 + k / 6) + "." + (1 + k % 3) + "." + (1 + k % 2)));
        }
        return criteria.stream().distinct().toList();
    }

    /** A demand under construction; defaults: free cells, band 0..1 with target 0.5, no overlap or use limit. */
    static final class Draft {

        private final int forms;
        private final int length;
        private final Map<Cell, Bounds> bounds = new HashMap<>();
        private int low = 0;
        private int target = 500;
        private int high = 1000;
        private int shared;
        private int uses;
        private final Set<Long> out = new HashSet<>();
        private final Map<Integer, Set<Long>> in = new HashMap<>();

        private Draft(int forms, int length) {
            this.forms = forms;
            this.length = length;
            this.shared = length;
            this.uses = forms;
        }

        Draft bound(Cell cell, int min, int max) {
            bounds.put(cell, new Bounds(min, max));
            return this;
        }

        Draft band(int low, int target, int high) {
            this.low = low;
            this.target = target;
            this.high = high;
            return this;
        }

        Draft shared(int shared) {
            this.shared = shared;
            return this;
        }

        Draft uses(int uses) {
            this.uses = uses;
            return this;
        }

        Draft out(Long... ids) {
            out.addAll(List.of(ids));
            return this;
        }

        Draft in(int form, Long... ids) {
            in.computeIfAbsent(form, k -> new HashSet<>()).addAll(List.of(ids));
            return this;
        }

        Demand build() {
            return new Demand(forms, length, bounds, low, high, target, shared, uses, out, in);
        }
    }
}
