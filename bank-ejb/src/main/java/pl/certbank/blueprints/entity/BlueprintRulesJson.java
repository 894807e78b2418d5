package pl.certbank.blueprints.entity;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import pl.certbank.blueprints.entity.BlueprintRules.Band;
import pl.certbank.blueprints.entity.BlueprintRules.CellRule;
import pl.certbank.blueprints.entity.BlueprintRules.Level;
import pl.certbank.blueprints.entity.BlueprintRules.PassMark;
import pl.certbank.blueprints.entity.BlueprintRules.Scoring;
import pl.certbank.input.JsonInput;
import pl.certbank.items.entity.ItemType;

/**
 * The one converter between blueprint rules and JSON: the text a version stores and the fields the API shows and
 * takes are the same ({@code itemsPerForm}, {@code cells}, {@code facility}, ...), so a stored version reads back
 * exactly as it was written. Absent optional fields take documented defaults: one use per form, no recent forms
 * excluded, one point per item, no partial credit, short answers folded.
 */
public final class BlueprintRulesJson {

    /** The fields of the rules, for a body that also carries others (name, qualification). */
    public static final List<String> FIELDS = List.of("itemsPerForm", "timeLimitMinutes", "passMarkPercent",
            "passMarkPoints", "setPassPercent", "cells", "facility", "forms", "maxShared", "maxUses",
            "excludeRecentForms", "pointsPerItem", "partialCredit", "foldText");

    private BlueprintRulesJson() {
    }

    /** Rules from a client's fields, read strictly: wrong kinds are recorded in {@code in}, whose done() refuses. */
    public static BlueprintRules from(JsonInput in) {
        int forms = whole(in, "forms", 1);
        int length = whole(in, "itemsPerForm", 0);
        List<CellRule> cells = in.objects("cells").stream().map(c -> new CellRule(c.name("level", Level.class),
                c.string("code"), c.whole("min"), c.whole("max"))).toList();
        Band band = in.has("facility") ? band(in.object("facility")) : null;
        Map<String, BigDecimal> sets = new TreeMap<>();
        for (JsonInput set : in.objects("setPassPercent")) {
            set.require("set", "percent");
            String code = set.string("set");
            BigDecimal percent = plain(set.number("percent"));
            if (code != null && percent != null && sets.put(code, percent) != null) {
                set.problem("set", pl.certbank.input.InputRule.TWICE, code);
            }
        }
        Set<ItemType> partial = EnumSet.noneOf(ItemType.class);
        partial.addAll(in.names("partialCredit", ItemType.class));
        BigDecimal points = plain(in.number("pointsPerItem"));
        return new BlueprintRules(length, whole(in, "timeLimitMinutes", 0),
                new PassMark(plain(in.number("passMarkPercent")), plain(in.number("passMarkPoints")), sets), cells,
                band,
                forms,
                whole(in, "maxShared", 0), whole(in, "maxUses", 1), whole(in, "excludeRecentForms", 0),
                new Scoring(points == null ? BigDecimal.ONE : points, partial, in.bool("foldText", true)));
    }

    private static Band band(JsonInput f) {
        return new Band(plain(f.number("low")), plain(f.number("target")), plain(f.number("high")));
    }

    /** 7e1 as 70: a number as people write it, so that it reads back (and shows in the editor) the same way. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null || value.scale() >= 0) {
            return value;
        }
        return value.setScale(0);
    }

    private static int whole(JsonInput in, String field, int absent) {
        Integer value = in.whole(field);
        return value == null ? absent : value;
    }

    /** The stored text of a version's rules. */
    public static String write(BlueprintRules rules) {
        return object(rules).build().toString();
    }

    /** The rules a version stored. */
    public static BlueprintRules read(String stored) {
        try {
            return from(JsonInput.lenient(Json.createReader(new StringReader(stored)).readObject()));
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalStateException("Stored blueprint rules are not JSON: " + e.getMessage(), e);
        }
    }

    /** The rules as fields of a JSON object, in the order a reader expects them. */
    public static JsonObjectBuilder object(BlueprintRules rules) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("itemsPerForm", rules.itemsPerForm())
                .add("timeLimitMinutes", rules.timeLimitMinutes());
        PassMark pass = rules.passMark();
        if (pass.percent() != null) {
            json.add("passMarkPercent", pass.percent());
        }
        if (pass.points() != null) {
            json.add("passMarkPoints", pass.points());
        }
        JsonArrayBuilder sets = Json.createArrayBuilder();
        new TreeMap<>(pass.setPercent()).forEach((set, percent) -> sets.add(Json.createObjectBuilder()
                .add("set", set).add("percent", percent)));
        json.add("setPassPercent", sets);
        JsonArrayBuilder cells = Json.createArrayBuilder();
        for (CellRule cell : rules.cells()) {
            JsonObjectBuilder c = Json.createObjectBuilder().add("level", cell.level().name()).add("code", cell.code());
            if (cell.min() != null) {
                c.add("min", cell.min());
            }
            if (cell.max() != null) {
                c.add("max", cell.max());
            }
            cells.add(c);
        }
        json.add("cells", cells);
        json.add("facility", Json.createObjectBuilder().add("low", rules.facility().low())
                .add("target", rules.facility().target()).add("high", rules.facility().high()));
        JsonArrayBuilder partial = Json.createArrayBuilder();
        rules.scoring().partialCredit().stream().sorted().forEach(t -> partial.add(t.name()));
        return json.add("forms", rules.forms()).add("maxShared", rules.maxShared()).add("maxUses", rules.maxUses())
                .add("excludeRecentForms", rules.excludeRecentForms())
                .add("pointsPerItem", rules.scoring().pointsPerItem()).add("partialCredit", partial)
                .add("foldText", rules.scoring().foldText());
    }
}
