package pl.certbank.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDatabase;
import pl.certbank.support.BankDeployment;

/**
 * Assembly against the real server, solver module and database: the demo bank yields the demo blueprint's four
 * parallel 30-item forms with nothing for the independent check to find; accepting them writes form drafts pinned to
 * exact versions, once; a blueprint the bank cannot supply gets a diagnosis and creates nothing; a run is cancelled.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssemblyIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BankDeployment.asBuilt();
    }

    @Test
    void theDemoBankGivesFourParallelFormsThatAreAcceptedOnceAsDrafts() throws Exception {
        long blueprint = AssemblyApi.create(AssemblyApi.demoBlueprint(), "Równoległe " + UUID.randomUUID());
        long id = AssemblyApi.start(blueprint, 15);
        JsonObject run = AssemblyApi.finished(id, Duration.ofSeconds(90));
        assertTrue(Set.of("OPTIMAL", "FEASIBLE").contains(run.getString("status")), run.toString());
        assertEquals(List.of(), run.getJsonArray("violations"), "the independent check finds nothing");
        assertEquals(4, run.getJsonArray("forms").size());
        Set<Long> everything = new HashSet<>();
        for (JsonObject form : run.getJsonArray("forms").getValuesAs(JsonObject.class)) {
            Set<Long> items = new HashSet<>();
            form.getJsonArray("items").getValuesAs(JsonObject.class)
                    .forEach(i -> items.add(i.getJsonNumber("item").longValue()));
            assertEquals(30, items.size(), "30 different items on form " + form.getInt("number"));
            everything.addAll(items);
            double facility = form.getJsonNumber("meanFacility").doubleValue();
            assertTrue(facility >= 0.58 && facility <= 0.70, "facility band: " + facility);
        }
        var shared = run.getJsonArray("shared");
        for (int f = 0; f < 4; f++) {
            for (int g = 0; g < 4; g++) {
                if (f != g) {
                    assertTrue(shared.getJsonArray(f).getInt(g) <= 10, "forms share at most 10 items");
                }
            }
        }
        assertTrue(everything.size() >= 60, "each item on at most two forms: " + everything.size());
        assertNotNull(run.get("gap"), "the solver's proved gap");
        assertTrue(run.getJsonNumber("gap").doubleValue() >= 0);
        assertTrue(run.getJsonNumber("bound").longValue() >= run.getJsonNumber("objective").longValue());
        assertNotNull(run.get("millisToFirst"));
        assertFalse(run.getJsonArray("progress").isEmpty(), "incumbent and bound over time");

        HttpResponse<String> model = BankApi.send("GET", "/api/v1/assembly-runs/" + id + "/model.lp", "designer",
                null, "Accept", "text/plain");
        assertEquals(200, model.statusCode(), model.body());
        String lp = model.body();
        assertTrue(lp.contains("Maximize") && lp.contains("Subject To") && lp.contains("Binaries"), lp);

        HttpResponse<String> accepted = BankApi.send("POST", "/api/v1/assembly-runs/" + id + "/accept", "designer",
                null);
        assertEquals(201, accepted.statusCode(), accepted.body());
        var drafts = BankApi.json(accepted).asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(4, drafts.size());
        for (JsonObject draft : drafts) {
            assertEquals("DRAFT", draft.getString("status"));
            assertEquals(30, draft.getJsonArray("items").size());
            assertEquals("designer", draft.getString("designer"));
            JsonObject read = BankApi.json(BankApi.getAs("reviewer", "/api/v1/forms/" + draft.getInt("id")))
                    .asJsonObject();
            assertEquals(draft.getJsonArray("items"), read.getJsonArray("items"), "pinned versions, as accepted");
        }
        HttpResponse<String> again = BankApi.send("POST", "/api/v1/assembly-runs/" + id + "/accept", "designer",
                null);
        assertEquals(409, again.statusCode(), again.body());
        assertEquals(403, BankApi.send("POST", "/api/v1/assembly-runs/" + id + "/accept", "reviewer", null)
                .statusCode());
    }

    @Test
    void aBlueprintTheBankCannotSupplyIsDiagnosedByCriterionAndCreatesNothing() throws Exception {
        JsonObject document = Json.createObjectBuilder(AssemblyApi.demoBlueprint())
                .add("cells", Json.createArrayBuilder().add(Json.createObjectBuilder().add("level", "CRITERION")
                        .add("code", "Z1.1.3").add("min", 2)))
                .add("maxUses", 1).build();
        long blueprint = AssemblyApi.create(document, "Niewykonalny " + UUID.randomUUID());
        HttpResponse<String> check = BankApi.send("POST", "/api/v1/blueprints/" + blueprint + "/feasibility",
                "designer", null);
        assertEquals(200, check.statusCode(), check.body());
        JsonObject diagnosis = BankApi.json(check).asJsonObject();
        assertFalse(diagnosis.getBoolean("feasible"), diagnosis.toString());
        JsonObject shortfall = diagnosis.getJsonArray("shortfalls").getJsonObject(0);
        assertEquals("Z1.1.3", shortfall.getString("code"), diagnosis.toString());
        assertTrue(shortfall.getString("text").contains("Z1.1.3"), shortfall.toString());

        long formsBefore = count("test_form");
        JsonObject run = AssemblyApi.finished(AssemblyApi.start(blueprint, 10), Duration.ofSeconds(60));
        assertEquals("INFEASIBLE", run.getString("status"), run.toString());
        assertFalse(run.getJsonArray("diagnosis").isEmpty());
        assertEquals(List.of(), run.getJsonArray("forms"));
        assertEquals(409, BankApi.send("POST", "/api/v1/assembly-runs/" + run.getInt("id") + "/accept", "designer",
                null).statusCode());
        assertEquals(formsBefore, count("test_form"), "an infeasible blueprint never yields forms");
    }

    @Test
    void aCancelledRunStopsAndOnlyOneRunsPerBlueprint() {
        long blueprint = AssemblyApi.create(AssemblyApi.demoBlueprint(), "Anulowany " + UUID.randomUUID());
        long id = AssemblyApi.start(blueprint, 600);
        HttpResponse<String> second = BankApi.send("POST", "/api/v1/assembly-runs", "designer",
                "{\"blueprint\": " + blueprint + ", \"timeLimitSeconds\": 5}");
        assertEquals(409, second.statusCode(), second.body());

        // One solve at a time on the server: a run of another blueprint waits, and a cancel ends it at once.
        AssemblyApi.until(id, "RUNNING", Duration.ofSeconds(20));
        long other = AssemblyApi.create(AssemblyApi.demoBlueprint(), "Czeka " + UUID.randomUUID());
        long waiting = AssemblyApi.start(other, 5);
        assertEquals("QUEUED", AssemblyApi.run(waiting).getString("status"));
        long third = AssemblyApi.create(AssemblyApi.demoBlueprint(), "Trzeci " + UUID.randomUUID());
        HttpResponse<String> tooMany = BankApi.send("POST", "/api/v1/assembly-runs", "designer",
                "{\"blueprint\": " + third + ", \"timeLimitSeconds\": 5}");
        assertEquals(409, tooMany.statusCode(), "two runs per designer at once: " + tooMany.body());
        HttpResponse<String> dropped = BankApi.send("DELETE", "/api/v1/assembly-runs/" + waiting, "designer", null);
        assertEquals(202, dropped.statusCode(), dropped.body());
        assertEquals("CANCELLED", BankApi.json(dropped).asJsonObject().getString("status"));

        HttpResponse<String> cancel = BankApi.send("DELETE", "/api/v1/assembly-runs/" + id, "designer", null);
        assertEquals(202, cancel.statusCode(), cancel.body());
        JsonObject run = AssemblyApi.finished(id, Duration.ofSeconds(30));
        assertEquals("CANCELLED", run.getString("status"), run.toString());
        assertTrue(run.getJsonNumber("millisTotal").longValue() < 60_000, run.toString());
        assertEquals(409, BankApi.send("DELETE", "/api/v1/assembly-runs/" + id, "designer", null).statusCode());
    }

    @Test
    void anItemRetiredAfterTheRunMustBeSwappedOutBeforeTheFormsAreAccepted() {
        // An item of this test's own (the demo items stay as other tests expect them), locked onto forms 1 and 2.
        HttpResponse<String> created = BankApi.send("POST", "/api/v1/items", "author", """
                {"qualification": "CRM-PRK4", "type": "SINGLE_CHOICE", "difficulty": "MEDIUM",
                 "stem": "<p>Które narzędzie CRM służy do planowania kontaktów z klientem? %s</p>",
                 "options": [{"text": "kalendarz zadań", "correct": true}, {"text": "faktura", "correct": false}],
                 "criteria": ["Z2.2.1"]}""".formatted(UUID.randomUUID()));
        assertEquals(201, created.statusCode(), created.body());
        long retired = BankApi.json(created).asJsonObject().getJsonNumber("id").longValue();
        assertEquals(200, BankApi.send("POST", "/api/v1/items/" + retired + "/submit", "author", null).statusCode());
        assertEquals(200, BankApi.send("POST", "/api/v1/reviews/" + retired + "/approve", "reviewer", null)
                .statusCode());
        long blueprint = AssemblyApi.create(AssemblyApi.demoBlueprint(), "Wycofane " + UUID.randomUUID());
        HttpResponse<String> started = BankApi.send("POST", "/api/v1/assembly-runs", "designer",
                "{\"blueprint\": " + blueprint + ", \"timeLimitSeconds\": 5, \"locks\": {\"in\": [{\"form\": 1, "
                        + "\"item\": " + retired + "}, {\"form\": 2, \"item\": " + retired + "}]}}");
        assertEquals(202, started.statusCode(), started.body());
        long id = BankApi.json(started).asJsonObject().getJsonNumber("id").longValue();
        JsonObject run = AssemblyApi.finished(id, Duration.ofSeconds(90));
        assertTrue(Set.of("OPTIMAL", "FEASIBLE").contains(run.getString("status")), run.toString());
        assertTrue(run.getJsonArray("forms").getJsonObject(0).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().anyMatch(i -> i.getJsonNumber("item").longValue() == retired), "locked in");
        HttpResponse<String> noop = BankApi.send("POST", "/api/v1/assembly-runs/" + id + "/swap", "designer",
                "{\"form\": 1, \"out\": " + retired + ", \"in\": " + retired + "}");
        assertEquals(422, noop.statusCode(), noop.body());
        HttpResponse<String> retire = BankApi.send("POST", "/api/v1/items/" + retired + "/retire", "admin",
                "{\"text\": \"nieaktualne po ułożeniu\"}");
        assertEquals(200, retire.statusCode(), retire.body());

        HttpResponse<String> accept = BankApi.send("POST", "/api/v1/assembly-runs/" + id + "/accept", "designer",
                null);
        assertEquals(422, accept.statusCode(), "checked again against the bank: " + accept.body());
        // Swapped out of every form that holds it (with two uses allowed, the solver may have put it on two).
        for (JsonObject form : run.getJsonArray("forms").getValuesAs(JsonObject.class)) {
            if (form.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .noneMatch(i -> i.getJsonNumber("item").longValue() == retired)) {
                continue;
            }
            int number = form.getInt("number");
            var swaps = BankApi.json(BankApi.getAs("designer", "/api/v1/assembly-runs/" + id + "/swaps?form="
                    + number + "&item=" + retired)).asJsonArray();
            assertFalse(swaps.isEmpty(), "candidates for the retired item on form " + number);
            long in = swaps.getJsonObject(0).getJsonNumber("item").longValue();
            HttpResponse<String> swap = BankApi.send("POST", "/api/v1/assembly-runs/" + id + "/swap", "designer",
                    "{\"form\": " + number + ", \"out\": " + retired + ", \"in\": " + in + "}");
            assertEquals(200, swap.statusCode(), swap.body());
            assertEquals(List.of(), BankApi.json(swap).asJsonObject().getJsonArray("violations"));
        }
        HttpResponse<String> comeback = BankApi.send("POST", "/api/v1/assembly-runs/" + id + "/swap", "designer",
                "{\"form\": 1, \"out\": " + BankApi.json(BankApi.getAs("designer", "/api/v1/assembly-runs/" + id))
                        .asJsonObject().getJsonArray("forms").getJsonObject(0).getJsonArray("items").getJsonObject(0)
                        .getJsonNumber("item").longValue() + ", \"in\": " + retired + "}");
        assertEquals(422, comeback.statusCode(), "a retired item never comes back in: " + comeback.body());
        assertEquals(400, BankApi.getAs("designer", "/api/v1/assembly-runs/" + id + "/swaps?form=x&item=1")
                .statusCode());
        assertEquals(201, BankApi.send("POST", "/api/v1/assembly-runs/" + id + "/accept", "designer", null)
                .statusCode());
    }

    @Test
    void aBlueprintOnlyTheSolverFindsInfeasibleGetsTheRulesThatClash() {
        JsonObject document = Json.createObjectBuilder(AssemblyApi.demoBlueprint())
                .add("cells", Json.createArrayBuilder().add(Json.createObjectBuilder().add("level", "CRITERION")
                        .add("code", "Z2.5.4").add("min", 1)))
                .add("facility", Json.createObjectBuilder().add("low", 0.8).add("target", 0.8).add("high", 0.8))
                .add("forms", 1).add("maxUses", 1).add("maxShared", 0).add("setPassPercent",
                        Json.createArrayBuilder())
                .build();
        long blueprint = AssemblyApi.create(document, "Sprzeczny " + UUID.randomUUID());
        JsonObject run = AssemblyApi.finished(AssemblyApi.start(blueprint, 10), Duration.ofSeconds(60));
        assertEquals("INFEASIBLE", run.getString("status"), run.toString());
        assertFalse(run.getJsonArray("diagnosis").isEmpty(), run.toString());
        assertTrue(run.getJsonNumber("millisTotal").longValue() < 30_000, "the core keeps to the time budget");
    }

    @Test
    void anEditMakesANewVersionAndAStaleOneIsRefused() {
        JsonObject document = AssemblyApi.demoBlueprint();
        long blueprint = AssemblyApi.create(document, "Wersje " + UUID.randomUUID());
        String etag = BankApi.getAs("designer", "/api/v1/blueprints/" + blueprint).headers().firstValue("ETag")
                .orElseThrow();
        String edited = Json.createObjectBuilder(document).add("name", "Wersje 2 " + UUID.randomUUID())
                .add("forms", 2).build().toString();
        assertEquals(428, BankApi.send("PUT", "/api/v1/blueprints/" + blueprint, "designer", edited).statusCode());
        HttpResponse<String> put = BankApi.send("PUT", "/api/v1/blueprints/" + blueprint, "designer", edited,
                "If-Match", etag);
        assertEquals(200, put.statusCode(), put.body());
        assertEquals(2, BankApi.json(put).asJsonObject().getInt("version"));
        assertEquals(4, BankApi.json(BankApi.getAs("designer", "/api/v1/blueprints/" + blueprint + "/versions/1"))
                .asJsonObject().getInt("forms"), "version 1 stays as it was");
        assertEquals(412, BankApi.send("PUT", "/api/v1/blueprints/" + blueprint, "designer", edited, "If-Match",
                etag).statusCode());
        HttpResponse<String> bad = BankApi.send("PUT", "/api/v1/blueprints/" + blueprint, "designer",
                Json.createObjectBuilder(document).add("cells", Json.createArrayBuilder().add(Json
                        .createObjectBuilder().add("level", "CRITERION").add("code", "Z9.9.9").add("min", 1)))
                        .build().toString(),
                "If-Match", BankApi.getAs("designer", "/api/v1/blueprints/" + blueprint).headers()
                        .firstValue("ETag").orElseThrow());
        assertEquals(422, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("/cells/0/code"), bad.body());
        HttpResponse<String> twice = BankApi.send("POST", "/api/v1/blueprints", "designer", Json
                .createObjectBuilder(document).add("setPassPercent", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("set", "Z1").add("percent", 50))
                        .add(Json.createObjectBuilder().add("set", "Z1").add("percent", 90))
                        .add(Json.createObjectBuilder().add("set", "Z2")))
                .build().toString());
        assertEquals(400, twice.statusCode(), twice.body());
        assertTrue(twice.body().contains("/setPassPercent/1/set") && twice.body().contains("/setPassPercent/2/percent"),
                twice.body());
    }

    @Test
    void onlyDesignersWriteAndAuthorsExamClientsAndPrintersReadNoBlueprint() {
        for (String role : List.of("author", "exam-client", "printer")) {
            assertEquals(403, BankApi.getAs(role, "/api/v1/blueprints").statusCode(), role);
            assertEquals(403, BankApi.getAs(role, "/api/v1/assembly-runs?blueprint=1").statusCode(), role);
        }
        for (String role : List.of("reviewer", "publisher", "admin", "designer")) {
            assertEquals(200, BankApi.getAs(role, "/api/v1/blueprints").statusCode(), role);
        }
        String document = AssemblyApi.demoBlueprint().toString();
        for (String role : List.of("reviewer", "publisher", "author", "printer", "exam-client")) {
            assertEquals(403, BankApi.send("POST", "/api/v1/blueprints", role, document).statusCode(), role);
        }
        assertEquals(403, BankApi.getAs("author", "/api/v1/forms").statusCode());
        assertEquals(403, BankApi.getAs("exam-client", "/api/v1/forms").statusCode());
        HttpResponse<String> printer = BankApi.getAs("printer", "/api/v1/forms");
        assertEquals(200, printer.statusCode());
        assertTrue(BankApi.json(printer).asJsonArray().getValuesAs(JsonObject.class).stream()
                .allMatch(f -> f.getString("status").equals("PUBLISHED")), "printers see published forms only");
    }

    private static long count(String table) throws Exception {
        try (Connection db = BankDatabase.connect();
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
