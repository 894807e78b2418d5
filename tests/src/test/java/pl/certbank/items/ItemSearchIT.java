package pl.certbank.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDeployment;

/** Search reads copies of the latest version's facts: they must follow every new version, in the database. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ItemSearchIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BankDeployment.asBuilt();
    }

    @Test
    void criterionAndOutcomeSetFiltersFollowTheLatestVersion() {
        String marker = ItemsApi.marker();
        JsonObject created = ItemsApi.create("author", ItemsApi.singleChoice(
                "<p>" + marker + " Który dokument opisuje zasady obsługi reklamacji w firmie?</p>", "Z1.3.2"));
        long id = created.getJsonNumber("id").longValue();
        assertEquals(1, total(marker, "&criterion=Z1.3.2"));
        assertEquals(1, total(marker, "&set=Z1"));
        assertEquals(0, total(marker, "&set=Z2"));

        var update = BankApi.send("PUT", "/api/v1/items/" + id, "author", ItemsApi.singleChoice(
                "<p>" + marker + " Który dokument opisuje zasady obsługi reklamacji w firmie?</p>", "Z2.1.1"),
                "If-Match", ItemsApi.etagOf("author", id));
        assertEquals(200, update.statusCode(), update.body());

        assertEquals(0, total(marker, "&criterion=Z1.3.2"), "the old version's criterion no longer finds it");
        assertEquals(1, total(marker, "&criterion=Z2.1.1"));
        assertEquals(1, total(marker, "&criterion=Z2.1.1&criterion=Z1.3.2"), "one item, however many criteria match");
        assertEquals(0, total(marker, "&set=Z1"));
        assertEquals(1, total(marker, "&set=Z2"));
    }

    @Test
    void shortQueryWordsMatchWholeWordsOnly() {
        String marker = ItemsApi.marker();
        ItemsApi.create("author", ItemsApi.singleChoice(
                "<p>" + marker + " Co w CRM oznacza zamknięcie szansy sprzedaży?</p>", "Z1.3.2"));
        assertEquals(1, total(marker + " w crm", ""));
        assertEquals(1, total(marker + " szans sprzed", ""), "longer words match as prefixes");
        assertEquals(0, total(marker + " cr", ""), "two letters are a whole word, not the start of 'crm'");
    }

    @Test
    void nearDuplicateStemsAreFoundThroughTheWordIndex() {
        String marker = ItemsApi.marker();
        JsonObject first = ItemsApi.create("author", ItemsApi.singleChoice("<p>Klient " + marker
                + " prosi o usunięcie swoich danych osobowych z bazy sprzedawcy. Który przepis RODO to reguluje?</p>",
                "Z1.3.3"));
        var check = BankApi.send("POST", "/api/v1/items/check", "author", ItemsApi.singleChoice("<p>Który przepis "
                + "RODO reguluje prośbę klienta " + marker
                + " o usunięcie jego danych osobowych z bazy sprzedawcy?</p>",
                "Z1.3.3"));
        assertEquals(200, check.statusCode(), check.body());
        JsonObject nearDuplicate = ((JsonObject) BankApi.json(check)).getJsonArray("warnings")
                .getValuesAs(JsonObject.class).stream().filter(w -> w.getString("check").equals("NEAR_DUPLICATE"))
                .findFirst().orElseThrow(() -> new AssertionError(check.body()));
        assertTrue(nearDuplicate.getJsonArray("similar").getValuesAs(JsonObject.class).stream()
                .anyMatch(similar -> similar.getString("reference").equals(first.getString("reference"))),
                check.body());

        var unrelated = BankApi.send("POST", "/api/v1/items/check", "author", ItemsApi.singleChoice(
                "<p>Jaki wskaźnik " + marker + " mierzy udział klientów odchodzących w danym okresie?</p>", "Z1.3.3"));
        assertTrue(((JsonObject) BankApi.json(unrelated)).getJsonArray("warnings").getValuesAs(JsonObject.class)
                .stream().filter(w -> w.containsKey("similar")).flatMap(w -> w.getJsonArray("similar")
                        .getValuesAs(JsonObject.class).stream())
                .noneMatch(similar -> similar.getString("reference").equals(first.getString("reference"))),
                unrelated.body());
    }

    @Test
    void broadSubqueryFiltersAreCountedUpToTheLimitAndSaySo() {
        // The test server counts word, criterion and usage filters up to 100 (-Dcertbank.search.count-limit=100);
        // "w" is in far more than 100 demo items, and over 100 items are approved.
        JsonObject broad = page("?q=w&limit=5");
        assertEquals(100, broad.getInt("total"));
        assertFalse(broad.getBoolean("totalExact"));
        assertEquals(5, broad.getJsonArray("items").size());

        JsonObject columnsOnly = page("?status=APPROVED&limit=5");
        assertTrue(columnsOnly.getInt("total") > 100, columnsOnly.toString());
        assertTrue(columnsOnly.getBoolean("totalExact"), "filters on item columns are always counted exactly");

        JsonObject narrow = page("?q=" + ItemsApi.marker());
        assertEquals(0, narrow.getInt("total"));
        assertTrue(narrow.getBoolean("totalExact"));
    }

    private static JsonObject page(String query) {
        var response = BankApi.getAs("designer", "/api/v1/items" + query);
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) BankApi.json(response);
    }

    private static int total(String text, String filters) {
        var response = BankApi.getAs("designer",
                "/api/v1/items?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + filters);
        assertEquals(200, response.statusCode(), response.body());
        return ((JsonObject) BankApi.json(response)).getInt("total");
    }
}
