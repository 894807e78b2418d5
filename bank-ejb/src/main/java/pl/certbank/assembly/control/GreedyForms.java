package pl.certbank.assembly.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A quick construction of forms that {@link CpSatAssembly} gives the solver as a hint (a warm start), and that becomes
 * the run's first forms when it keeps every rule: forms take items in turn, each the admissible item that adds the
 * most criteria the form does not hold yet, then fills a cell still below its minimum, then is used least elsewhere,
 * then keeps the form's facility sum nearest the target.
 * <p>
 * Admissible means it keeps every maximum (cells, enemies, families, uses, shared items, locks) and leaves room for
 * the rest of the form: every item counts in at least one set, one outcome, one criterion and one type, so after it
 * each of these kinds must keep as much room below its maxima as the form has empty places, and (where an item can
 * still be found that does so) no more unmet minimum than empty places. Minima and the facility band are otherwise left
 * to the solver, which repairs a hint that misses them.
 */
public final class GreedyForms {

    private static final Cell.Kind[] KINDS = Cell.Kind.values();

    private final Demand d;
    private final List<Candidate> pool;
    private final List<Cell> cells;
    private final int[][] cellsOf;
    /** Per item, the pool indices of its enemies, both ways (enemies outside the pool cannot be placed anyway). */
    private final int[][] enemiesOf;
    private final Map<Long, Integer> byId = new HashMap<>();
    private final int[] min;
    private final int[] max;
    private final int[] kindOf;
    /** The kinds every pool item counts in (the room rule holds only for them). */
    private final boolean[] covering = new boolean[KINDS.length];

    GreedyForms(Demand d, List<Candidate> pool) {
        this.d = d;
        this.pool = pool;
        TreeSet<Cell> all = new TreeSet<>(d.bounds().keySet());
        pool.forEach(c -> all.addAll(c.cells()));
        this.cells = List.copyOf(all);
        Map<Cell, Integer> index = new HashMap<>();
        min = new int[cells.size()];
        max = new int[cells.size()];
        kindOf = new int[cells.size()];
        for (int k = 0; k < cells.size(); k++) {
            index.put(cells.get(k), k);
            min[k] = d.boundsOf(cells.get(k)).min();
            max[k] = d.boundsOf(cells.get(k)).max();
            kindOf[k] = cells.get(k).kind().ordinal();
        }
        cellsOf = new int[pool.size()][];
        for (int i = 0; i < pool.size(); i++) {
            cellsOf[i] = pool.get(i).cells().stream().mapToInt(index::get).toArray();
        }
        for (int i = 0; i < pool.size(); i++) {
            byId.put(pool.get(i).itemId(), i);
        }
        List<Set<Integer>> enemies = new ArrayList<>();
        pool.forEach(c -> enemies.add(new HashSet<>()));
        for (int i = 0; i < pool.size(); i++) {
            for (Long id : pool.get(i).enemies()) {
                Integer e = byId.get(id);
                if (e != null) {
                    // either side's list makes a pair
                    enemies.get(i).add(e);
                    enemies.get(e).add(i);
                }
            }
        }
        enemiesOf = new int[pool.size()][];
        for (int i = 0; i < pool.size(); i++) {
            enemiesOf[i] = enemies.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        for (Cell.Kind kind : KINDS) {
            covering[kind.ordinal()] = pool.stream()
                    .allMatch(c -> c.cells().stream().anyMatch(cell -> cell.kind() == kind));
        }
    }

    /**
     * The item ids of every form, in pool order; a form comes out shorter than the length when nothing admissible is
     * left.
     */
    /** The forms the construction builds for a demand from a pool (item ids per form), e.g. for demo data. */
    public static List<List<Long>> construct(Demand d, List<Candidate> pool) {
        return new GreedyForms(d, pool).build();
    }

    List<List<Long>> build() {
        int forms = d.forms();
        List<Form> all = new ArrayList<>();
        for (int f = 0; f < forms; f++) {
            all.add(new Form());
        }
        State s = new State(forms);
        for (int i = 0; i < pool.size(); i++) {
            s.out[i] = d.lockedOut().contains(pool.get(i).itemId());
        }
        // in a fixed order (the demand's maps and sets have none), so that the same demand gives the same forms
        new java.util.TreeMap<>(d.lockedIn()).forEach((f, items) -> new TreeSet<>(items).forEach(id -> {
            Integer i = byId.get(id);
            if (i != null && f >= 0 && f < forms && s.uses[i] < d.maxUses()) {
                place(all.get(f), f, i, s);
            }
        }));
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int f = 0; f < forms; f++) {
                Form form = all.get(f);
                if (form.size >= d.length()) {
                    continue;
                }
                int best = best(form, f, s, true);
                if (best < 0) {
                    best = best(form, f, s, false);
                }
                if (best >= 0) {
                    place(form, f, best, s);
                    progress = true;
                }
            }
        }
        List<List<Long>> result = new ArrayList<>();
        for (Form form : all) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < pool.size(); i++) {
                if (form.on[i]) {
                    ids.add(pool.get(i).itemId());
                }
            }
            result.add(List.copyOf(ids));
        }
        return result;
    }

    private int best(Form form, int f, State s, boolean minima) {
        int best = -1;
        long bestScore = Long.MIN_VALUE;
        long target = (long) d.facilityTarget() * (form.size + 1);
        for (int i = 0; i < pool.size(); i++) {
            if (s.uses[i] >= d.maxUses() || form.blocked[i] || s.out[i]) {
                continue;
            }
            int fresh = 0;
            int filling = 0;
            for (int k : cellsOf[i]) {
                if (kindOf[k] == Cell.Kind.CRITERION.ordinal() && form.counts[k] == 0) {
                    fresh++;
                }
                if (form.counts[k] < min[k]) {
                    filling++;
                }
            }
            long deviation = Math.abs(form.facility + pool.get(i).facility() - target);
            long score = fresh * 4_000_000L + filling * 1_000_000L - s.uses[i] * 100_000L - deviation;
            // the score is cheap, the admissibility check is not: only an item that would win is checked
            if (score > bestScore && admissible(form, f, i, s, minima)) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private boolean admissible(Form form, int f, int i, State s, boolean minima) {
        // uses, locks out, enemies and the item itself are excluded by the caller before scoring
        String family = pool.get(i).family();
        if (family != null && form.families.contains(family)) {
            return false;
        }
        long[] room = form.room.clone();
        long[] unmet = form.unmet.clone();
        for (int k : cellsOf[i]) {
            if (form.counts[k] >= max[k]) {
                return false;
            }
            int kind = kindOf[k];
            room[kind]--;
            if (form.counts[k] < min[k]) {
                unmet[kind]--;
            }
        }
        int empty = d.length() - form.size - 1;
        for (int kind = 0; kind < KINDS.length; kind++) {
            if (covering[kind] && room[kind] < empty || minima && unmet[kind] > empty) {
                return false;
            }
        }
        for (int g : s.holders.get(i)) {
            if (s.shared[Math.min(f, g)][Math.max(f, g)] >= d.maxShared()) {
                return false;
            }
        }
        return true;
    }

    private void place(Form form, int f, int i, State s) {
        Candidate c = pool.get(i);
        form.size++;
        form.on[i] = true;
        form.blocked[i] = true;
        for (int enemy : enemiesOf[i]) {
            form.blocked[enemy] = true;
        }
        if (c.family() != null) {
            form.families.add(c.family());
        }
        for (int k : cellsOf[i]) {
            int kind = kindOf[k];
            form.room[kind]--;
            if (form.counts[k] < min[k]) {
                form.unmet[kind]--;
            }
            form.counts[k]++;
        }
        form.facility += c.facility();
        for (int g : s.holders.get(i)) {
            s.shared[Math.min(f, g)][Math.max(f, g)]++;
        }
        s.holders.get(i).add(f);
        s.uses[i]++;
    }

    private final class State {
        final int[] uses = new int[pool.size()];
        final boolean[] out = new boolean[pool.size()];
        final int[][] shared;
        final List<Set<Integer>> holders = new ArrayList<>();

        State(int forms) {
            shared = new int[forms][forms];
            for (int i = 0; i < pool.size(); i++) {
                holders.add(new HashSet<>(2));
            }
        }
    }

    private final class Form {
        int size;
        final boolean[] on = new boolean[pool.size()];
        /** Items on the form and their enemies. */
        final boolean[] blocked = new boolean[pool.size()];
        final Set<String> families = new HashSet<>();
        final int[] counts = new int[cells.size()];
        /** Per kind: Σ over its cells of (max − count), and Σ of (min − count) where still positive. */
        final long[] room = new long[KINDS.length];
        final long[] unmet = new long[KINDS.length];
        long facility;

        Form() {
            for (int k = 0; k < cells.size(); k++) {
                int kind = kindOf[k];
                room[kind] += max[k];
                unmet[kind] += min[k];
            }
        }
    }
}
