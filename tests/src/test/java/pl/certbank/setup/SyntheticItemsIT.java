package pl.certbank.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDeployment;

/**
 * Generated items (the benchmarks' bulk path) hold the same rows as authored ones: versions that read back, the
 * lifecycle log, search words, criteria, and the audit entries the lifecycle writes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SyntheticItemsIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BankDeployment.asBuilt();
    }

    @Test
    void generatedItemsHaveTheirVersionsTransitionsWordsAndAuditEntries() {
        var generated = BankApi.send("POST", "/api/v1/demo/synthetic-items?count=12", "admin", null);
        assertEquals(200, generated.statusCode(), generated.body());
        assertTrue(((JsonObject) BankApi.json(generated)).getInt("generatedItems") >= 12, generated.body());

        JsonObject page = (JsonObject) BankApi.json(BankApi.getAs("admin",
                "/api/v1/items?author=generator&status=APPROVED&limit=1"));
        JsonObject row = page.getJsonArray("items").getJsonObject(0);
        long id = row.getJsonNumber("id").longValue();
        JsonObject item = (JsonObject) BankApi.json(BankApi.getAs("admin", "/api/v1/items/" + id));
        assertEquals(List.of("DRAFT", "IN_REVIEW", "APPROVED"), item.getJsonArray("transitions")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("to")).toList());
        JsonObject answer = item.getJsonObject("latest").getJsonObject("answer");
        assertEquals(4, answer.getJsonArray("options").size());
        assertEquals("o1", answer.getJsonArray("options").getJsonObject(0).getString("id"));
        assertEquals(1, item.getInt("approvedVersion"));

        List<JsonObject> audit = BankApi.json(BankApi.getAs("admin", "/api/v1/audit?item=" + id)).asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("APPROVE", "SUBMIT", "CREATE"), audit.stream().map(e -> e.getString("action")).toList());
        assertEquals("generator-reviewer", audit.get(0).getString("actor"));

        String word = row.getString("stem").split("\\s+")[1];
        JsonObject found = (JsonObject) BankApi.json(BankApi.getAs("admin", "/api/v1/items?author=generator&q="
                + java.net.URLEncoder.encode(word + " " + row.getString("reference").substring(4),
                        java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(1, found.getInt("total"), "found by the words of its stem");
        JsonObject byCriterion = (JsonObject) BankApi.json(BankApi.getAs("admin", "/api/v1/items?author=generator"
                + "&criterion=" + row.getJsonArray("criteria").getString(0) + "&q=" + row.getString("reference")
                        .substring(4)));
        assertEquals(1, byCriterion.getInt("total"), "found by its criterion");
    }
}
