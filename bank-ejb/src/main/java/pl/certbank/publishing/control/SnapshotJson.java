package pl.certbank.publishing.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import pl.certbank.blueprints.entity.BlueprintRules.PassMark;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.answers.AnswerJson;
import pl.certbank.items.entity.answers.ScoringRule;

/**
 * The snapshot document: written once at publication in RFC 8785 canonical form (what is stored is exactly what is
 * hashed), and read back for delivery, scoring and appeals. Decimals are strings (no binary floating point in a sealed
 * document); the answer is the item type's stored shape, the view what a candidate sees of it before any variant's
 * arrangement. Format 1; a later format adds a reader here and keeps this one.
 */
public final class SnapshotJson {

    private SnapshotJson() {
    }

    /** The canonical text of the snapshot: the stored and hashed document. */
    public static String write(Snapshot snapshot) {
        return new String(SnapshotHash.canonical(object(snapshot).toString()), StandardCharsets.UTF_8);
    }

    static JsonObject object(Snapshot s) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (Snapshot.Item item : s.items()) {
            items.add(Json.createObjectBuilder().add("position", item.position()).add("reference", item.reference())
                    .add("item", item.item()).add("version", item.version()).add("type", item.type().name())
                    .add("stem", item.stem()).add("view", ViewJson.of(item.view(), null))
                    .add("answer", Json.createReader(new StringReader(AnswerJson.write(item.answer()))).readObject())
                    .add("rule", Json.createObjectBuilder().add("points", decimal(item.rule().points()))
                            .add("partialCredit", item.rule().partialCredit())
                            .add("foldText", item.rule().foldText()))
                    .add("criteria", strings(item.criteria())).add("outcomes", strings(item.outcomes()))
                    .add("sets", strings(item.sets()))
                    .add("images", Json.createArrayBuilder(item.images().stream().map(String::valueOf).toList())));
        }
        JsonArrayBuilder variants = Json.createArrayBuilder();
        s.variants().forEach(v -> variants.add(Json.createObjectBuilder().add("name", v.name())
                .add("seed", String.valueOf(v.seed()))));
        JsonObjectBuilder passMark = Json.createObjectBuilder();
        if (s.passMark().percent() != null) {
            passMark.add("percent", decimal(s.passMark().percent()));
        }
        if (s.passMark().points() != null) {
            passMark.add("points", decimal(s.passMark().points()));
        }
        JsonObjectBuilder sets = Json.createObjectBuilder();
        new TreeMap<>(s.passMark().setPercent()).forEach((set, value) -> sets.add(set, decimal(value)));
        passMark.add("setPercent", sets);
        return Json.createObjectBuilder().add("format", Snapshot.FORMAT).add("code", s.code()).add("title", s.title())
                .add("qualification", Json.createObjectBuilder().add("code", s.qualification().code())
                        .add("name", s.qualification().name())
                        .add("legalBasis", s.qualification().legalBasis() == null ? ""
                                : s.qualification().legalBasis())
                        .add("frameworkVersion", s.qualification().frameworkVersion()))
                .add("timeLimitMinutes", s.timeLimitMinutes()).add("passMark", passMark).add("items", items)
                .add("variants", variants).build();
    }

    /** The snapshot a stored document holds. */
    public static Snapshot read(String stored) {
        JsonObject json = Json.createReader(new StringReader(stored)).readObject();
        if (json.getInt("format") != Snapshot.FORMAT) {
            throw new IllegalStateException("Snapshot format " + json.getInt("format") + " is not known here");
        }
        List<Snapshot.Item> items = json.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(item -> {
            ItemType type = ItemType.valueOf(item.getString("type"));
            JsonObject rule = item.getJsonObject("rule");
            return new Snapshot.Item(item.getInt("position"), item.getString("reference"),
                    item.getJsonNumber("item").longValue(), item.getInt("version"), type, item.getString("stem"),
                    AnswerJson.read(type, item.getJsonObject("answer").toString()),
                    new ScoringRule(new BigDecimal(rule.getString("points")), rule.getBoolean("partialCredit"),
                            rule.getBoolean("foldText")),
                    texts(item.getJsonArray("criteria")), texts(item.getJsonArray("outcomes")),
                    texts(item.getJsonArray("sets")),
                    texts(item.getJsonArray("images")).stream().map(Long::valueOf).toList());
        }).toList();
        JsonObject q = json.getJsonObject("qualification");
        JsonObject pass = json.getJsonObject("passMark");
        Map<String, BigDecimal> setPercent = new TreeMap<>();
        pass.getJsonObject("setPercent").forEach((set, value) -> setPercent.put(set,
                new BigDecimal(((JsonString) value).getString())));
        PassMark passMark = new PassMark(pass.containsKey("percent") ? new BigDecimal(pass.getString("percent")) : null,
                pass.containsKey("points") ? new BigDecimal(pass.getString("points")) : null, setPercent);
        return new Snapshot(json.getString("code"), json.getString("title"),
                new Snapshot.Qualification(q.getString("code"), q.getString("name"), q.getString("legalBasis"),
                        q.getJsonNumber("frameworkVersion").longValue()),
                json.getInt("timeLimitMinutes"), passMark, items,
                json.getJsonArray("variants").getValuesAs(JsonObject.class).stream().map(v -> new Snapshot.VariantSeed(
                        v.getString("name"), Long.parseLong(v.getString("seed")))).toList());
    }

    static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static JsonArrayBuilder strings(List<String> values) {
        return Json.createArrayBuilder(values);
    }

    private static List<String> texts(JsonArray array) {
        return array.getValuesAs(JsonValue.class).stream().map(v -> ((JsonString) v).getString()).toList();
    }
}
