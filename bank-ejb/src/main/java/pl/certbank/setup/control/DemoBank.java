package pl.certbank.setup.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
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
import java.util.TreeSet;
import java.util.logging.Logger;
import pl.certbank.input.JsonInput;
import pl.certbank.items.control.ItemDrafting;
import pl.certbank.items.control.ItemLifecycle;
import pl.certbank.items.control.ItemRelations;
import pl.certbank.items.entity.CognitiveLevel;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.answers.AnswerJson;
import pl.certbank.qualifications.entity.Qualification;

/**
 * The sample bank of demo mode (demo/items-crm.json): written by the demo author and approved by the demo reviewer
 * through the same drafting, validation, lifecycle and audit path as any item, so a broken sample fails loudly and
 * the audit trail shows who did what. An entry's answer fields are those of the API and the stored versions.
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

    @Inject
    ItemLifecycle lifecycle;

    @Inject
    ItemRelations relations;

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
            List<String> enemies = strings(entry, "enemies");
            if (!enemies.isEmpty() || entry.containsKey("family")) {
                Item item = byReference.get(entry.getString("ref"));
                relations.relate(item, enemies.stream().map(byReference::get).toList(),
                        entry.getString("family", null), AUTHOR);
            }
        }
        LOG.warning(() -> "DEMO MODE: loaded " + entries.size() + " sample items for " + code);
    }

    private Item create(Qualification qualification, JsonObject entry) {
        Item item = drafting.create(qualification, entry.getString("ref"), content(entry), AUTHOR);
        String status = entry.getString("status");
        if (!status.equals("DRAFT")) {
            lifecycle.submit(item, AUTHOR);
            lifecycle.approve(item, REVIEWER, null);
        }
        if (status.equals("RETIRED")) {
            lifecycle.retire(item, REVIEWER, entry.getString("retireReason", "Retired"));
        }
        return item;
    }

    static ItemContent content(JsonObject e) {
        ItemType type = ItemType.valueOf(e.getString("type"));
        JsonInput fields = JsonInput.strict(e);
        var answer = AnswerJson.from(type, fields);
        fields.allow(e.keySet()).done(); // the answer's texts and kinds are strict; the other fields are read below
        return new ItemContent(e.getString("stem"), answer, e.getString("rationale", null),
                new TreeSet<>(strings(e, "criteria")),
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
