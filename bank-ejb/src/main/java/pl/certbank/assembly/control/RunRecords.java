package pl.certbank.assembly.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON an assembly run keeps: its forms (per form, the items with their pinned versions and references), the
 * progress points, the check's violations, the diagnosis and the designer's locks. One place writes and reads them.
 */
public final class RunRecords {

    /** One placed item: the item, the exact version the form pins, and the reference people read. */
    public record Placed(long item, long version, String reference) {
    }

    /** The designer's locks: items kept off every form, and items a form must hold (form numbers 1-based). */
    public record Locks(Set<Long> out, Map<Integer, Set<Long>> in) {

        public static final Locks NONE = new Locks(Set.of(), Map.of());

        /** The same locks with forms counted from 0, as the solver counts them. */
        public Map<Integer, Set<Long>> inByIndex() {
            Map<Integer, Set<Long>> byIndex = new HashMap<>();
            in.forEach((form, items) -> byIndex.put(form - 1, items));
            return byIndex;
        }
    }

    private RunRecords() {
    }

    public static String forms(List<List<Long>> forms, Map<Long, Candidate> byItem) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (List<Long> form : forms) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            for (long id : form) {
                Candidate c = byItem.get(id);
                items.add(Json.createObjectBuilder().add("item", id).add("version", c.versionId())
                        .add("reference", c.reference()));
            }
            all.add(items);
        }
        return all.build().toString();
    }

    public static List<List<Placed>> forms(String stored) {
        List<List<Placed>> forms = new ArrayList<>();
        if (stored == null) {
            return forms;
        }
        for (JsonValue form : array(stored)) {
            List<Placed> items = new ArrayList<>();
            for (JsonObject item : form.asJsonArray().getValuesAs(JsonObject.class)) {
                items.add(new Placed(item.getJsonNumber("item").longValue(),
                        item.getJsonNumber("version").longValue(), item.getString("reference")));
            }
            forms.add(items);
        }
        return forms;
    }

    public static List<List<Long>> itemIds(List<List<Placed>> forms) {
        return forms.stream().map(f -> f.stream().map(Placed::item).toList()).toList();
    }

    public static String progress(List<long[]> points) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (long[] p : points) {
            all.add(Json.createArrayBuilder().add(p[0]).add(p[1]).add(p[2]));
        }
        return all.build().toString();
    }

    public static List<long[]> progress(String stored) {
        List<long[]> points = new ArrayList<>();
        if (stored != null) {
            for (JsonValue p : array(stored)) {
                JsonArray a = p.asJsonArray();
                points.add(new long[] {a.getJsonNumber(0).longValue(), a.getJsonNumber(1).longValue(),
                        a.getJsonNumber(2).longValue()});
            }
        }
        return points;
    }

    public static String violations(List<FormsCheck.Violation> violations) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (FormsCheck.Violation v : violations) {
            var o = Json.createObjectBuilder().add("rule", v.rule()).add("subject", v.subject()).add("text", v.text());
            if (v.form() != null) {
                o.add("form", v.form());
            }
            all.add(o);
        }
        return all.build().toString();
    }

    /** The diagnosis: the cheap checks' shortfalls and, when the solver proved the demand infeasible, its core. */
    public static String diagnosis(List<Feasibility.Shortfall> shortfalls, List<String> conflicts) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Feasibility.Shortfall s : shortfalls) {
            var o = Json.createObjectBuilder().add("rule", s.rule()).add("needed", s.needed())
                    .add("available", s.available()).add("text", s.text());
            if (s.cell() != null) {
                o.add("level", s.cell().kind().name()).add("code", s.cell().code());
            }
            all.add(o);
        }
        for (String group : conflicts) {
            all.add(Json.createObjectBuilder().add("rule", "solver").add("text", group));
        }
        return all.build().toString();
    }

    public static String locks(Locks locks) {
        JsonArrayBuilder in = Json.createArrayBuilder();
        locks.in().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> e.getValue().stream().sorted()
                .forEach(item -> in.add(Json.createObjectBuilder().add("form", e.getKey()).add("item", item))));
        JsonArrayBuilder out = Json.createArrayBuilder();
        locks.out().stream().sorted().forEach(out::add);
        return Json.createObjectBuilder().add("out", out).add("in", in).build().toString();
    }

    public static Locks locks(String stored) {
        if (stored == null) {
            return Locks.NONE;
        }
        JsonObject json = Json.createReader(new StringReader(stored)).readObject();
        Set<Long> out = new HashSet<>();
        json.getJsonArray("out").getValuesAs(jakarta.json.JsonNumber.class).forEach(n -> out.add(n.longValue()));
        Map<Integer, Set<Long>> in = new HashMap<>();
        for (JsonObject lock : json.getJsonArray("in").getValuesAs(JsonObject.class)) {
            in.computeIfAbsent(lock.getInt("form"), f -> new HashSet<>()).add(lock.getJsonNumber("item").longValue());
        }
        return new Locks(out, in);
    }

    public static JsonArray array(String stored) {
        return stored == null ? JsonValue.EMPTY_JSON_ARRAY : Json.createReader(new StringReader(stored)).readArray();
    }
}
