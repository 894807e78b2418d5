package pl.certbank.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDeployment;

/**
 * The item API answers for the demo bank as it did before the item model was rebuilt (fixtures/demo-items-api.json,
 * recorded from the server of commit b05ff81): every item and every version, field by field. Ids, timestamps,
 * {@code usedInForms} and {@code warnings} are left out, which later components legitimately change; fields may be
 * added (option ids, for instance), none removed or changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoItemsApiCompatibilityIT {

    private static final String FIXTURE = "/fixtures/demo-items-api.json";
    private static final Set<String> IGNORED = Set.of("id", "createdAt", "at", "updatedAt", "usedInForms",
            "warnings");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BankDeployment.asBuilt();
    }

    @Test
    void everyDemoItemAndVersionReadsAsBefore() {
        JsonObject fixture = fixture();
        BankApi.Session designer = BankApi.signedIn("designer");
        Map<String, Long> ids = demoItemIds(designer);
        List<String> differences = new ArrayList<>();
        for (String reference : fixture.keySet()) {
            Long id = ids.get(reference);
            if (id == null) {
                differences.add(reference + ": missing from the bank");
                continue;
            }
            JsonObject expected = fixture.getJsonObject(reference);
            compare(reference, expected.get("item"), read(designer, "/api/v1/items/" + id), differences);
            JsonObject versions = expected.getJsonObject("versions");
            for (String number : versions.keySet()) {
                compare(reference + " v" + number, versions.get(number),
                        read(designer, "/api/v1/items/" + id + "/versions/" + number), differences);
            }
        }
        assertEquals(145, fixture.size(), "the fixture holds the whole demo bank");
        assertTrue(differences.isEmpty(), differences.size() + " differences, the first: "
                + differences.subList(0, Math.min(20, differences.size())));
    }

    /** Each field of {@code expected} must be in {@code actual} with the same value; arrays element by element. */
    static void compare(String path, JsonValue expected, JsonValue actual, List<String> differences) {
        if (expected instanceof JsonObject object) {
            if (!(actual instanceof JsonObject other)) {
                differences.add(path + ": expected an object, got " + actual);
                return;
            }
            for (var field : object.entrySet()) {
                if (IGNORED.contains(field.getKey())) {
                    continue;
                }
                JsonValue value = other.get(field.getKey());
                if (value == null) {
                    differences.add(path + "." + field.getKey() + ": missing (was " + field.getValue() + ")");
                } else {
                    compare(path + "." + field.getKey(), field.getValue(), value, differences);
                }
            }
        } else if (expected instanceof JsonArray array) {
            if (!(actual instanceof JsonArray other) || other.size() != array.size()) {
                differences.add(path + ": expected " + array + ", got " + actual);
                return;
            }
            for (int i = 0; i < array.size(); i++) {
                compare(path + "[" + i + "]", array.get(i), other.get(i), differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": expected " + expected + ", got " + actual);
        }
    }

    @Test
    void theComparisonNoticesAChangedARemovedAndAnAddedValue() {
        JsonObject before = Json.createObjectBuilder().add("a", 1).add("id", 5)
                .add("list", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", "x"))).build();
        List<String> differences = new ArrayList<>();
        compare("t", before, Json.createObjectBuilder().add("a", 1).add("id", 6).add("extra", true)
                .add("list", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", "x")
                        .add("id", "o1")))
                .build(), differences);
        assertEquals(List.of(), differences, "ids and added fields are allowed");
        compare("t", before, Json.createObjectBuilder().add("a", 2)
                .add("list", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", "y"))).build(),
                differences);
        assertEquals(List.of("t.a: expected 1, got 2", "t.list[0].text: expected \"x\", got \"y\""), differences);
        differences.clear();
        compare("t", before, Json.createObjectBuilder().add("list", JsonValue.EMPTY_JSON_ARRAY).build(),
                differences);
        assertEquals(2, differences.size(), differences.toString());
    }

    private static JsonObject fixture() {
        try (InputStream in = DemoItemsApiCompatibilityIT.class.getResourceAsStream(FIXTURE)) {
            if (in == null) {
                fail(FIXTURE + " is missing");
            }
            return Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids of the demo items (references CRM-001 … CRM-145), paging through the whole bank by reference. */
    private static Map<String, Long> demoItemIds(BankApi.Session designer) {
        Map<String, Long> ids = new HashMap<>();
        for (int offset = 0;; offset += 200) {
            JsonArray rows = ((JsonObject) read(designer, "/api/v1/items?sort=REFERENCE&limit=200&offset=" + offset))
                    .getJsonArray("items");
            rows.getValuesAs(JsonObject.class).forEach(r -> ids.put(r.getString("reference"),
                    r.getJsonNumber("id").longValue()));
            if (rows.size() < 200) {
                return ids;
            }
        }
    }

    private static JsonValue read(BankApi.Session session, String path) {
        HttpResponse<String> response = session.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return BankApi.json(response);
    }
}
