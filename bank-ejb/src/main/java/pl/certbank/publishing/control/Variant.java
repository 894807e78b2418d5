package pl.certbank.publishing.control;

import java.util.List;

/**
 * One arrangement of a form: {@code items} lists the form's item positions (0-based) in the order this variant shows
 * them; {@code arrangements} holds, for each of the form's items (by form position, not shown position), its
 * arrangeable groups of ids in the order this variant shows them. Answer keys name ids, not positions, so a key holds
 * for every variant; {@link #letter} gives the positional label that paper needs.
 */
public record Variant(String name, long seed, List<Integer> items, List<List<List<String>>> arrangements) {

    public Variant {
        items = List.copyOf(items);
        arrangements = arrangements.stream().map(groups -> groups.stream().map(List::copyOf).toList()).toList();
    }

    /**
     * The label of an id as this variant shows it: "A" for the first of its group, "B" for the second, and so on;
     * null when the item has no such id in an arrangeable group.
     */
    public String letter(int formPosition, String id) {
        for (List<String> group : arrangements.get(formPosition)) {
            int at = group.indexOf(id);
            if (at >= 0) {
                return Variants.name(at);
            }
        }
        return null;
    }
}
