package pl.certbank.assembly.control;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How many of some items one form can hold at most, given that enemies never share a form and a family puts at most
 * one item on it. Counted by covering the items with groups of which a form takes at most one (each family, each
 * enemy pair matched greedily, each remaining item), so the count is an upper bound: a supply below a cell's minimum
 * proves the cell infeasible, a supply above it proves nothing.
 */
record FormSupply(int atMost, int items, int inEnemyPairs, int inFamilies) {

    static FormSupply of(List<Candidate> items) {
        Map<Long, Candidate> byId = items.stream()
                .collect(Collectors.toMap(Candidate::itemId, Function.identity(), (a, b) -> a));
        Set<String> families = new LinkedHashSet<>();
        Set<Long> enemies = new HashSet<>();
        for (Candidate c : byId.values()) {
            if (c.family() != null) {
                families.add(c.family());
            }
            c.enemies().stream().filter(e -> e != c.itemId() && byId.containsKey(e)).forEach(e -> {
                enemies.add(e);
                enemies.add(c.itemId());
            });
        }
        Set<Long> matched = new HashSet<>();
        int groups = families.size();
        for (Candidate c : items) {
            if (c.family() != null || matched.contains(c.itemId())) {
                continue;
            }
            matched.add(c.itemId());
            groups++;
            byId.values().stream().filter(e -> e.family() == null && !matched.contains(e.itemId()))
                    .filter(e -> c.enemies().contains(e.itemId()) || e.enemies().contains(c.itemId())).findFirst()
                    .ifPresent(e -> matched.add(e.itemId()));
        }
        int inFamilies = (int) byId.values().stream().filter(c -> c.family() != null).count();
        return new FormSupply(groups, byId.size(), enemies.size(), inFamilies);
    }

    /** "3 approved items (2 of them enemies, 2 in families)". */
    String described() {
        StringBuilder text = new StringBuilder().append(items)
                .append(items == 1 ? " approved item" : " approved items");
        if (inEnemyPairs > 0 || inFamilies > 0) {
            text.append(" (");
            if (inEnemyPairs > 0) {
                text.append(inEnemyPairs).append(" of them enemies");
            }
            if (inFamilies > 0) {
                text.append(inEnemyPairs > 0 ? ", " : "").append(inFamilies).append(" in families");
            }
            text.append(')');
        }
        return text.toString();
    }
}
