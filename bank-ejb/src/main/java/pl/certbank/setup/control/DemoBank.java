package pl.certbank.setup.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import pl.certbank.items.control.ItemDrafting;
import pl.certbank.items.entity.Answer;
import pl.certbank.items.entity.CognitiveLevel;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.ItemVersion;
import pl.certbank.qualifications.entity.Qualification;

/**
 * The sample bank of demo mode (demo/items-crm.json): written by the demo author, approved by the demo reviewer,
 * through the same drafting, validation and lifecycle rules as any item, so a broken sample fails loudly.
 */
@Dependent
public class DemoBank {

    static final String FILE = "demo/items-crm.json";
    private static final Logger LOG = Logger.getLogger(DemoBank.class.getName());
    private static final String AUTHOR = "author";
    private static final String REVIEWER = "reviewer";

    @PersistenceContext
    EntityManager em;

    @Inject
    ItemDrafting drafting;

    /** Loads the sample bank once: nothing happens when the qualification has items already. */
    public void load() {
        JsonObject file = read();
        String code = file.getString("qualification");
        Qualification qualification = em.createNamedQuery(Qualification.BY_CODE, Qualification.class)
                .setParameter("code", code).getSingleResult();
        long existing = em.createQuery("SELECT COUNT(i) FROM Item i WHERE i.qualification = :q", Long.class)
                .setParameter("q", qualification).getSingleResult();
        if (existing > 0) {
            return;
        }
        Map<String, Item> byReference = new HashMap<>();
        List<JsonObject> entries = file.getJsonArray("items").getValuesAs(JsonObject.class);
        for (JsonObject entry : entries) {
            byReference.put(entry.getString("ref"), create(qualification, entry));
        }
        for (JsonObject entry : entries) {
            Item item = byReference.get(entry.getString("ref"));
            strings(entry, "enemies").forEach(ref -> item.addEnemy(byReference.get(ref)));
            if (entry.containsKey("family")) {
                item.setFamily(entry.getString("family"));
            }
        }
        LOG.warning(() -> "DEMO MODE: loaded " + entries.size() + " sample items for " + code);
    }

    private Item create(Qualification qualification, JsonObject entry) {
        Item item = new Item(qualification, entry.getString("ref"), AUTHOR);
        ItemVersion version = drafting.write(item, content(entry), AUTHOR);
        em.persist(item);
        em.persist(version);
        String status = entry.getString("status");
        if (!status.equals("DRAFT")) {
            item.submitForReview(AUTHOR);
            item.approve(REVIEWER, null);
        }
        if (status.equals("RETIRED")) {
            item.retire(REVIEWER, entry.getString("retireReason", "Retired"));
        }
        return item;
    }

    static ItemContent content(JsonObject e) {
        ItemType type = ItemType.valueOf(e.getString("type"));
        List<Answer.Option> options = e.containsKey("options") ? e.getJsonArray("options")
                .getValuesAs(JsonObject.class).stream()
                .map(o -> new Answer.Option(o.getString("text"), o.getBoolean("correct", false))).toList() : List.of();
        List<Answer.Pair> pairs = e.containsKey("pairs") ? e.getJsonArray("pairs").getValuesAs(JsonObject.class)
                .stream().map(p -> new Answer.Pair(p.getString("premise"), p.getString("response"))).toList()
                : List.of();
        JsonValue tolerance = e.get("tolerance");
        Answer answer = new Answer(options, e.containsKey("answer") ? e.getBoolean("answer") : null, pairs,
                strings(e, "distractors"), strings(e, "sequence"), strings(e, "accepted"),
                e.getBoolean("numeric", false), tolerance instanceof JsonNumber n ? n.bigDecimalValue() : null);
        return new ItemContent(type, e.getString("stem"), answer, e.getString("rationale", null),
                new java.util.TreeSet<>(strings(e, "criteria")),
                e.containsKey("difficulty") ? Difficulty.valueOf(e.getString("difficulty")) : null, null,
                e.containsKey("cognitiveLevel") ? CognitiveLevel.valueOf(e.getString("cognitiveLevel")) : null,
                strings(e, "keywords"), e.getString("source", null), "pl");
    }

    private static List<String> strings(JsonObject e, String field) {
        JsonArray array = e.containsKey(field) ? e.getJsonArray(field) : JsonValue.EMPTY_JSON_ARRAY;
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonObject read() {
        try (InputStream in = DemoBank.class.getClassLoader().getResourceAsStream(FILE)) {
            return Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
