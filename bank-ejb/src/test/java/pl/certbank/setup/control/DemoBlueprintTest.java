package pl.certbank.setup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.certbank.assembly.control.AssemblyModel;
import pl.certbank.assembly.control.Candidate;
import pl.certbank.assembly.control.Cell;
import pl.certbank.assembly.control.CpSatAssembly;
import pl.certbank.assembly.control.Demand;
import pl.certbank.assembly.control.Demands;
import pl.certbank.assembly.control.Feasibility;
import pl.certbank.assembly.control.FormsCheck;
import pl.certbank.assembly.control.ItemPool;
import pl.certbank.assembly.control.Progress;
import pl.certbank.assembly.control.Solution;
import pl.certbank.blueprints.entity.BlueprintRules;
import pl.certbank.blueprints.entity.BlueprintRulesJson;
import pl.certbank.input.JsonInput;
import pl.certbank.items.entity.Difficulty;

/**
 * The demo blueprint is one the demo bank can supply: its rules are valid, the cheap checks find no shortfall, and
 * the solver finds its four forms with nothing for the independent check to object to.
 */
class DemoBlueprintTest {

    @Test
    void theDemoBankSuppliesTheDemoBlueprint() throws Exception {
        JsonObject file = json("/demo/blueprint-crm.json");
        JsonInput fields = JsonInput.strict(file).allow(List.of("name", "qualification"));
        BlueprintRules rules = BlueprintRulesJson.from(fields);
        fields.done();
        assertEquals(List.of(), rules.errors());
        List<Candidate> pool = demoPool();
        Demand demand = Demands.of(rules, Set.of(), Map.of());
        assertEquals(List.of(), Feasibility.diagnose(demand, pool));
        Solution solution = new CpSatAssembly().solve(AssemblyModel.build(demand, pool), Duration.ofSeconds(5), 2,
                Progress.NONE);
        System.out.printf("demo blueprint: %s objective %d bound %d gap %.4f first %d ms total %d ms%n",
                solution.status(), solution.objective(), solution.bound(), solution.gap(), solution.millisToFirst(),
                solution.millisTotal());
        assertTrue(solution.hasForms(), solution.status().name());
        assertEquals(4, solution.forms().size());
        assertEquals(List.of(), FormsCheck.violations(demand, pool, solution.forms()));
    }

    /** The approved demo items as the item pool would offer them. */
    static List<Candidate> demoPool() throws Exception {
        Map<String, String[]> framework = new HashMap<>();
        JsonObject crm = json("/qualifications/crm-prk4.json");
        for (JsonObject set : crm.getJsonArray("sets").getValuesAs(JsonObject.class)) {
            for (JsonObject outcome : set.getJsonArray("outcomes").getValuesAs(JsonObject.class)) {
                for (JsonObject criterion : outcome.getJsonArray("criteria").getValuesAs(JsonObject.class)) {
                    framework.put(criterion.getString("code"),
                            new String[] {outcome.getString("code"), set.getString("code")});
                }
            }
        }
        List<JsonObject> items = json("/demo/items-crm.json").getJsonArray("items").getValuesAs(JsonObject.class);
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ids.put(items.get(i).getString("ref"), (long) i + 1);
        }
        List<Candidate> pool = new ArrayList<>();
        for (JsonObject item : items) {
            if (!item.getString("status").equals("APPROVED")) {
                continue;
            }
            Set<Cell> cells = new HashSet<>();
            for (JsonString code : item.getJsonArray("criteria").getValuesAs(JsonString.class)) {
                String[] up = framework.get(code.getString());
                cells.add(Cell.criterion(code.getString()));
                cells.add(Cell.outcome(up[0]));
                cells.add(Cell.set(up[1]));
            }
            cells.add(Cell.type(item.getString("type")));
            Set<Long> enemies = new HashSet<>();
            if (item.containsKey("enemies")) {
                item.getJsonArray("enemies").getValuesAs(JsonString.class)
                        .forEach(e -> enemies.add(ids.get(e.getString())));
            }
            long id = ids.get(item.getString("ref"));
            pool.add(new Candidate(id, id + 10_000, item.getString("ref"), cells,
                    ItemPool.facility(Difficulty.valueOf(item.getString("difficulty")), null), enemies,
                    item.getString("family", null)));
        }
        return pool;
    }

    private static JsonObject json(String resource) throws Exception {
        try (InputStream in = DemoBlueprintTest.class.getResourceAsStream(resource)) {
            return Json.createReader(in).readObject();
        }
    }
}
