package pl.certbank.assembly.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import pl.certbank.assembly.control.Bounds;
import pl.certbank.assembly.control.Candidate;
import pl.certbank.assembly.control.Cell;
import pl.certbank.assembly.control.Demand;

/**
 * Seeded banks and blueprints for {@link AssemblyBenchmark}, over the CRM qualification framework (2 sets, 8 learning
 * outcomes, 39 criteria, read from {@code qualifications/crm-prk4.json}). The same seed and size always give the same
 * bank.
 * <ul>
 * <li>every item counts in one criterion drawn uniformly, about 15 % in a second, different one (and in the outcome
 * and set of each);
 * <li>types like a real bank: 60 % single choice, 15 % multiple response, 10 % true/false, 5 % each matching, ordering
 * and short answer;
 * <li>facility ~ normal(0.62, 0.12) clipped to 0.30–0.90, in thousandths;
 * <li>10 % of the items in disjoint enemy pairs, each pair within one criterion (enemies test the same content);
 * <li>3 % of the items in families of three, each family within one criterion.
 * </ul>
 */
public final class GeneratedBank {

    /** Item types and their shares of the bank (percent). */
    static final Map<String, Integer> TYPE_SHARES = typeShares();

    private GeneratedBank() {
    }

    private static Map<String, Integer> typeShares() {
        Map<String, Integer> shares = new LinkedHashMap<>();
        shares.put("SINGLE_CHOICE", 60);
        shares.put("MULTIPLE_RESPONSE", 15);
        shares.put("TRUE_FALSE", 10);
        shares.put("MATCHING", 5);
        shares.put("ORDERING", 5);
        shares.put("SHORT_ANSWER", 5);
        return Collections.unmodifiableMap(shares);
    }

    /** The framework's codes: every criterion with its outcome and set, in file order. */
    public record Framework(List<String> criteria, Map<String, String> outcomeOf, Map<String, String> setOf,
            List<String> outcomes, List<String> sets) {

        /** The share of the framework's criteria under {@code set}. */
        double share(String set) {
            return criteria.stream().filter(c -> setOf.get(c).equals(set)).count() / (double) criteria.size();
        }
    }

    /** The CRM framework from the classpath resource the application ships. */
    public static Framework crm() {
        try (InputStream in = GeneratedBank.class.getResourceAsStream("/qualifications/crm-prk4.json");
                JsonReader reader = Json.createReader(in)) {
            JsonObject q = reader.readObject();
            List<String> criteria = new ArrayList<>();
            Map<String, String> outcomeOf = new LinkedHashMap<>();
            Map<String, String> setOf = new LinkedHashMap<>();
            List<String> outcomes = new ArrayList<>();
            List<String> sets = new ArrayList<>();
            for (JsonValue s : q.getJsonArray("sets")) {
                String set = s.asJsonObject().getString("code");
                sets.add(set);
                for (JsonValue o : s.asJsonObject().getJsonArray("outcomes")) {
                    String outcome = o.asJsonObject().getString("code");
                    outcomes.add(outcome);
                    for (JsonValue c : o.asJsonObject().getJsonArray("criteria")) {
                        String criterion = c.asJsonObject().getString("code");
                        criteria.add(criterion);
                        outcomeOf.put(criterion, outcome);
                        setOf.put(criterion, set);
                    }
                }
            }
            return new Framework(List.copyOf(criteria), Map.copyOf(outcomeOf), Map.copyOf(setOf), List.copyOf(outcomes),
                    List.copyOf(sets));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the CRM framework", e);
        }
    }

    /** A bank of {@code n} items, ids 1..n, from {@code seed}. */
    public static List<Candidate> generate(Framework fw, long seed, int n) {
        Random random = new Random(seed);
        int k = fw.criteria().size();
        int[] primary = new int[n];
        int[] second = new int[n];
        String[] type = new String[n];
        int[] facility = new int[n];
        List<String> types = List.copyOf(TYPE_SHARES.keySet());
        for (int i = 0; i < n; i++) {
            primary[i] = random.nextInt(k);
            second[i] = -1;
            if (random.nextDouble() < 0.15) {
                int other = random.nextInt(k - 1);
                second[i] = other >= primary[i] ? other + 1 : other;
            }
            int roll = random.nextInt(100);
            for (String t : types) {
                roll -= TYPE_SHARES.get(t);
                if (roll < 0) {
                    type[i] = t;
                    break;
                }
            }
            facility[i] = (int) Math.max(300, Math.min(900, Math.round(620 + 120 * random.nextGaussian())));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        int paired = n / 10 / 2 * 2;
        int familied = n * 3 / 100 / 3 * 3;
        Comparator<Integer> byCriterion = Comparator.comparingInt(i -> primary[i]);
        List<Integer> enemyItems = new ArrayList<>(order.subList(0, paired));
        enemyItems.sort(byCriterion.thenComparing(Comparator.naturalOrder()));
        Map<Integer, Set<Long>> enemies = new HashMap<>();
        for (int p = 0; p + 1 < enemyItems.size(); p += 2) {
            int a = enemyItems.get(p);
            int b = enemyItems.get(p + 1);
            enemies.computeIfAbsent(a, x -> new HashSet<>()).add(b + 1L);
            enemies.computeIfAbsent(b, x -> new HashSet<>()).add(a + 1L);
        }
        List<Integer> familyItems = new ArrayList<>(order.subList(paired, paired + familied));
        familyItems.sort(byCriterion.thenComparing(Comparator.naturalOrder()));
        Map<Integer, String> family = new HashMap<>();
        for (int p = 0; p < familyItems.size(); p++) {
            family.put(familyItems.get(p), "FAM" + (p / 3 + 1));
        }
        List<Candidate> bank = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Set<Cell> cells = new HashSet<>();
            for (int c : second[i] < 0 ? new int[] {primary[i]} : new int[] {primary[i], second[i]}) {
                String criterion = fw.criteria().get(c);
                cells.add(Cell.criterion(criterion));
                cells.add(Cell.outcome(fw.outcomeOf().get(criterion)));
                cells.add(Cell.set(fw.setOf().get(criterion)));
            }
            cells.add(Cell.type(type[i]));
            long id = i + 1L;
            bank.add(new Candidate(id, id * 10, String.format("CRM-%06d", id), cells, facility[i],
                    enemies.getOrDefault(i, Set.of()), family.get(i)));
        }
        return List.copyOf(bank);
    }

    /**
     * A blueprint of {@code forms} forms of {@code length} items, fixed before any run: each outcome set between 0.8
     * and 1.3 times its share of the criteria; every learning outcome at least {@code max(2, length / 20)}; types
     * single choice 45–80 %, multiple response 7–20 %, true/false 3–13 %, the other three at most 10 % each;
     * facility band 0.55–0.70 with target 0.62; any two forms share at most 15 % of the length; one item on at most
     * {@code maxUses} forms.
     */
    public static Demand blueprint(Framework fw, int forms, int length, int maxUses) {
        Map<Cell, Bounds> bounds = new LinkedHashMap<>();
        for (String set : fw.sets()) {
            double expected = fw.share(set) * length;
            bounds.put(Cell.set(set),
                    new Bounds((int) Math.floor(0.8 * expected), (int) Math.min(length, Math.ceil(1.3 * expected))));
        }
        int perOutcome = Math.max(2, length / 20);
        for (String outcome : fw.outcomes()) {
            bounds.put(Cell.outcome(outcome), new Bounds(perOutcome, length));
        }
        bounds.put(Cell.type("SINGLE_CHOICE"), share(length, 0.45, 0.80));
        bounds.put(Cell.type("MULTIPLE_RESPONSE"), share(length, 0.07, 0.20));
        bounds.put(Cell.type("TRUE_FALSE"), share(length, 0.03, 0.13));
        for (String type : List.of("MATCHING", "ORDERING", "SHORT_ANSWER")) {
            bounds.put(Cell.type(type), share(length, 0, 0.10));
        }
        int maxShared = (int) Math.round(0.15 * length);
        return new Demand(forms, length, bounds, 550, 700, 620, maxShared, maxUses, Set.of(), Map.of());
    }

    private static Bounds share(int length, double min, double max) {
        return new Bounds((int) Math.round(min * length), (int) Math.round(max * length));
    }
}
