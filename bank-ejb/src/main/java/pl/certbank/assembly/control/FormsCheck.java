package pl.certbank.assembly.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks finished forms against a demand, re-deriving every rule from the demand and the candidates without the model's
 * rows or a solver, so that a bug in the model cannot hide itself. Rules: "forms", "length", "duplicate", "unknown",
 * "bounds", "facility", "enemies", "family", "uses", "overlap", "locked out", "locked in".
 */
public final class FormsCheck {

    /** One broken rule; {@code form} is 1-based, or null for a rule across forms. */
    public record Violation(String rule, Integer form, String subject, String text) {
    }

    private final Demand d;
    private final Map<Long, Candidate> byId;
    private final List<List<Long>> forms;
    private final List<Violation> found = new ArrayList<>();

    private FormsCheck(Demand d, List<Candidate> pool, List<List<Long>> forms) {
        this.d = d;
        this.byId = pool.stream().collect(Collectors.toMap(Candidate::itemId, Function.identity(), (a, b) -> a));
        this.forms = forms;
    }

    public static List<Violation> violations(Demand d, List<Candidate> pool, List<List<Long>> forms) {
        FormsCheck check = new FormsCheck(d, pool, forms);
        if (forms.size() != d.forms()) {
            check.add("forms", null, "forms", "the demand asks for " + d.forms() + " forms, there are " + forms.size());
        }
        for (int f = 0; f < forms.size(); f++) {
            check.form(f);
        }
        check.across();
        return List.copyOf(check.found);
    }

    private void add(String rule, Integer form, String subject, String text) {
        found.add(new Violation(rule, form, subject, (form == null ? "" : "form " + form + ": ") + text));
    }

    private String ref(long id) {
        Candidate c = byId.get(id);
        return c == null ? "item " + id : c.reference();
    }

    private void form(int f) {
        Integer n = f + 1;
        List<Long> items = forms.get(f);
        if (items.size() != d.length()) {
            add("length", n, "length", "holds " + items.size() + " items, the demand asks for " + d.length());
        }
        Set<Long> seen = new HashSet<>();
        List<Candidate> known = new ArrayList<>();
        for (long id : items) {
            if (!seen.add(id)) {
                add("duplicate", n, ref(id), ref(id) + " appears twice");
            } else if (!byId.containsKey(id)) {
                add("unknown", n, "item " + id, "item " + id + " is not among the candidates");
            } else {
                known.add(byId.get(id));
            }
            if (d.lockedOut().contains(id)) {
                add("locked out", n, ref(id), ref(id) + " is locked out");
            }
        }
        for (long id : new TreeSet<>(d.lockedIn().getOrDefault(f, Set.of()))) {
            if (!seen.contains(id)) {
                add("locked in", n, ref(id), ref(id) + " is locked in but missing");
            }
        }
        for (Map.Entry<Cell, Bounds> bound : new java.util.TreeMap<>(d.bounds()).entrySet()) {
            long count = known.stream().filter(c -> c.cells().contains(bound.getKey())).count();
            Bounds b = bound.getValue();
            if (count < b.min() || count > b.max()) {
                add("bounds", n, bound.getKey().label(),
                        bound.getKey().label() + " has " + count + " items, the blueprint"
                                + " allows " + b.min() + ".." + b.max());
            }
        }
        long facility = known.stream().mapToLong(Candidate::facility).sum();
        if (facility < (long) d.facilityLow() * d.length() || facility > (long) d.facilityHigh() * d.length()) {
            add("facility", n, "facility band", String.format(java.util.Locale.ROOT,
                    "mean facility %.3f lies outside %.3f..%.3f", facility / 1000.0 / d.length(),
                    d.facilityLow() / 1000.0, d.facilityHigh() / 1000.0));
        }
        together(n, known);
    }

    private void together(Integer n, List<Candidate> known) {
        Map<String, List<String>> families = new LinkedHashMap<>();
        for (int a = 0; a < known.size(); a++) {
            Candidate c = known.get(a);
            if (c.family() != null) {
                families.computeIfAbsent(c.family(), k -> new ArrayList<>()).add(c.reference());
            }
            for (int b = a + 1; b < known.size(); b++) {
                Candidate e = known.get(b);
                if (c.enemies().contains(e.itemId()) || e.enemies().contains(c.itemId())) {
                    add("enemies", n, c.reference() + "/" + e.reference(),
                            "enemies " + c.reference() + " and " + e.reference() + " share the form");
                }
            }
        }
        families.forEach((family, refs) -> {
            if (refs.size() > 1) {
                add("family", n, family, "holds " + refs.size() + " items of family " + family + ": " + refs);
            }
        });
    }

    private void across() {
        Map<Long, Integer> uses = new HashMap<>();
        forms.forEach(form -> new HashSet<>(form).forEach(id -> uses.merge(id, 1, Integer::sum)));
        new TreeSet<>(uses.keySet()).stream().filter(id -> uses.get(id) > d.maxUses()).forEach(id -> add("uses", null,
                ref(id), ref(id) + " is on " + uses.get(id) + " forms, at most " + d.maxUses() + " allowed"));
        for (int f = 0; f < forms.size(); f++) {
            for (int g = f + 1; g < forms.size(); g++) {
                Set<Long> shared = new HashSet<>(forms.get(f));
                shared.retainAll(new HashSet<>(forms.get(g)));
                if (shared.size() > d.maxShared()) {
                    add("overlap", null, "forms " + (f + 1) + " and " + (g + 1), "forms " + (f + 1) + " and "
                            + (g + 1) + " share " + shared.size() + " items, at most " + d.maxShared() + " allowed");
                }
            }
        }
    }
}
