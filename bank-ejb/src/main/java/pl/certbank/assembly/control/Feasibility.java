package pl.certbank.assembly.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Cheap necessary conditions of a demand, checked before any solving so that a test designer hears "criterion Z1.3.2
 * lacks items" rather than "infeasible". Every shortfall proves the demand cannot be met; an empty list proves nothing
 * (the solver may still find the rules clash).
 */
public final class Feasibility {

    /** One unmet condition; {@code cell} is null for a rule of the whole form. */
    public record Shortfall(Cell cell, String rule, int needed, int available, String text) {
    }

    private final Demand d;
    private final List<Candidate> usable;
    private final List<Shortfall> found = new ArrayList<>();

    private Feasibility(Demand d, List<Candidate> pool) {
        this.d = d;
        this.usable = pool.stream().filter(c -> !d.lockedOut().contains(c.itemId())).toList();
    }

    public static List<Shortfall> diagnose(Demand d, List<Candidate> pool) {
        Feasibility check = new Feasibility(d, pool);
        check.spread(null, d.length(), check.usable);
        for (Cell cell : new TreeSet<>(d.bounds().keySet())) {
            if (d.boundsOf(cell).min() > 0) {
                List<Candidate> items = check.usable.stream().filter(c -> c.cells().contains(cell)).toList();
                check.spread(cell, d.boundsOf(cell).min(), items);
            }
        }
        check.types();
        check.facility();
        check.found.addAll(new LockedInRules(d, pool).shortfalls());
        return List.copyOf(check.found);
    }

    /** Whether {@code perForm} items of {@code items} fit on one form, and on all forms within uses and overlap. */
    private void spread(Cell cell, int perForm, List<Candidate> items) {
        String who = cell == null ? "" : cell.label() + ": ";
        FormSupply supply = FormSupply.of(items);
        if (supply.atMost() < perForm) {
            found.add(new Shortfall(cell, "supply", perForm, supply.atMost(),
                    who + "each form needs " + perForm + " items, the bank has " + supply.described()
                            + ", of which at most "
                            + supply.atMost() + " can share a form"));
            return;
        }
        int distinct = supply.items();
        int fewest = fewestDistinct(perForm);
        if (distinct < fewest) {
            String shared = d.forms() > 1 && d.maxUses() > 1 ? " with at most " + d.maxShared() + " shared" : "";
            found.add(new Shortfall(cell, "spread", fewest, distinct,
                    who + "each of " + d.forms() + " forms needs " + perForm + " items" + shared
                            + " (each item on at most "
                            + d.maxUses() + " forms), which takes at least " + fewest + " distinct items; the bank has "
                            + supply.described()));
        }
    }

    /**
     * The fewest distinct items that fill {@code forms × perForm} slots when an item is used at most {@code maxUses}
     * times and two forms share at most {@code maxShared}: an item on u forms makes C(u,2) shared pairs, an even spread
     * makes the fewest, and all pairs together allow {@code maxShared × C(forms,2)}.
     */
    int fewestDistinct(int perForm) {
        long slots = (long) d.forms() * perForm;
        long uses = Math.min(d.maxUses(), d.forms());
        long allowed = (long) d.maxShared() * d.forms() * (d.forms() - 1) / 2;
        for (long items = perForm; items < slots; items++) {
            long q = slots / items;
            long r = slots % items;
            long pairs = r * (q + 1) * q / 2 + (items - r) * q * (q - 1) / 2;
            if (items * uses >= slots && pairs <= allowed) {
                return (int) items;
            }
        }
        return (int) slots;
    }

    /** Item types partition the items: their maxima must leave room for a whole form, their minima must fit in one. */
    private void types() {
        TreeSet<Cell> types = new TreeSet<>();
        usable.forEach(c -> c.cells().stream().filter(cell -> cell.kind() == Cell.Kind.TYPE).forEach(types::add));
        d.bounds().keySet().stream().filter(cell -> cell.kind() == Cell.Kind.TYPE).forEach(types::add);
        if (types.isEmpty()) {
            return;
        }
        long untyped = usable.stream().filter(c -> c.cells().stream().noneMatch(x -> x.kind() == Cell.Kind.TYPE))
                .count();
        long most = untyped;
        long least = 0;
        for (Cell type : types) {
            long supply = FormSupply.of(usable.stream().filter(c -> c.cells().contains(type)).toList()).atMost();
            most += Math.min(d.boundsOf(type).max(), supply);
            least += d.boundsOf(type).min();
        }
        if (most < d.length() && most >= FormSupply.of(usable).atMost()) {
            return; // the supply check above already said there are too few items
        }
        if (most < d.length()) {
            found.add(new Shortfall(null, "types", d.length(), (int) most, "the item types allow at most " + most
                    + " items per form (their maxima and the approved items), a form has " + d.length()));
        }
        if (least > d.length()) {
            found.add(new Shortfall(null, "types", (int) least, d.length(),
                    "the item types' minima ask for " + least + " items per form, a form has " + d.length()));
        }
    }

    /** The band is out of reach when even the easiest (or hardest) {@code length} items miss it. */
    private void facility() {
        if (usable.size() < d.length()) {
            return;
        }
        List<Integer> sorted = usable.stream().map(Candidate::facility).sorted(Comparator.reverseOrder()).toList();
        long easiest = sorted.subList(0, d.length()).stream().mapToLong(Integer::longValue).sum();
        long hardest = sorted.subList(sorted.size() - d.length(), sorted.size()).stream().mapToLong(Integer::longValue)
                .sum();
        if (easiest < (long) d.facilityLow() * d.length()) {
            found.add(new Shortfall(null, "facility", d.facilityLow(), (int) (easiest / d.length()),
                    "the " + d.length() + " easiest items average facility " + share(easiest / (double) d.length())
                            + ", the band starts at " + share(d.facilityLow())));
        }
        if (hardest > (long) d.facilityHigh() * d.length()) {
            found.add(new Shortfall(null, "facility", d.facilityHigh(), (int) (hardest / d.length()),
                    "the " + d.length() + " hardest items average facility " + share(hardest / (double) d.length())
                            + ", the band ends at " + share(d.facilityHigh())));
        }
    }

    static String share(double thousandths) {
        return String.format(Locale.ROOT, "%.3f", thousandths / 1000);
    }

    static Map<Long, Candidate> byId(List<Candidate> pool) {
        return pool.stream().collect(java.util.stream.Collectors.toMap(Candidate::itemId, c -> c, (a, b) -> a));
    }
}
