package pl.certbank.assembly.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import pl.certbank.assembly.control.Feasibility.Shortfall;

/** Locked-in items that on their own already break a rule of the demand, found before any solving. */
final class LockedInRules {

    private final Demand d;
    private final Map<Long, Candidate> byId;
    private final List<Shortfall> found = new ArrayList<>();

    LockedInRules(Demand d, List<Candidate> pool) {
        this.d = d;
        this.byId = Feasibility.byId(pool);
    }

    List<Shortfall> shortfalls() {
        Map<Long, Integer> forms = new HashMap<>();
        for (int f : new TreeSet<>(d.lockedIn().keySet())) {
            Set<Long> ids = new TreeSet<>(d.lockedIn().get(f));
            String form = "form " + (f + 1);
            if (f < 0 || f >= d.forms()) {
                add(null, ids.size(), 0, ids.size() + " items are locked into " + form + ", the demand has "
                        + d.forms() + " forms");
                continue;
            }
            if (ids.size() > d.length()) {
                add(null, ids.size(), d.length(), ids.size() + " items are locked into " + form + ", a form holds "
                        + d.length());
            }
            List<Candidate> known = new ArrayList<>();
            for (long id : ids) {
                forms.merge(id, 1, Integer::sum);
                Candidate c = byId.get(id);
                if (c == null) {
                    add(null, 1, 0, "item " + id + " is locked into " + form + " but is not an approved candidate");
                } else if (d.lockedOut().contains(id)) {
                    add(null, 1, 0, c.reference() + " is locked into " + form + " and locked out");
                } else {
                    known.add(c);
                }
            }
            together(form, known);
            cells(form, known);
        }
        forms.forEach((id, count) -> {
            if (count > d.maxUses()) {
                add(null, count, d.maxUses(), reference(id) + " is locked into " + count + " forms, an item may be on "
                        + d.maxUses());
            }
        });
        overlap();
        return found;
    }

    private void add(Cell cell, int needed, int available, String text) {
        found.add(new Shortfall(cell, "locked in", needed, available, text));
    }

    private String reference(long id) {
        Candidate c = byId.get(id);
        return c == null ? "item " + id : c.reference();
    }

    private void together(String form, List<Candidate> known) {
        Set<String> families = new HashSet<>();
        for (int a = 0; a < known.size(); a++) {
            Candidate c = known.get(a);
            if (c.family() != null && !families.add(c.family())) {
                add(null, 2, 1, "two items of family " + c.family() + " are locked into " + form);
            }
            for (Candidate e : known.subList(a + 1, known.size())) {
                if (c.enemies().contains(e.itemId()) || e.enemies().contains(c.itemId())) {
                    add(null, 2, 1, "enemies " + c.reference() + " and " + e.reference() + " are both locked into "
                            + form);
                }
            }
        }
    }

    private void cells(String form, List<Candidate> known) {
        for (Cell cell : new TreeSet<>(d.bounds().keySet())) {
            int count = (int) known.stream().filter(c -> c.cells().contains(cell)).count();
            if (count > d.boundsOf(cell).max()) {
                add(cell, count, d.boundsOf(cell).max(), cell.label() + ": " + count + " items locked into " + form
                        + ", the blueprint allows at most " + d.boundsOf(cell).max());
            }
        }
    }

    private void overlap() {
        for (int f = 0; f < d.forms(); f++) {
            for (int g = f + 1; g < d.forms(); g++) {
                Set<Long> shared = new HashSet<>(d.lockedIn().getOrDefault(f, Set.of()));
                shared.retainAll(d.lockedIn().getOrDefault(g, Set.of()));
                if (shared.size() > d.maxShared()) {
                    add(null, shared.size(), d.maxShared(), "forms " + (f + 1) + " and " + (g + 1) + " share "
                            + shared.size() + " locked-in items, at most " + d.maxShared() + " allowed");
                }
            }
        }
    }
}
