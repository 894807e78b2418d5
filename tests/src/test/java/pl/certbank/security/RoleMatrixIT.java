package pl.certbank.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDeployment;

/**
 * Every role against every reading endpoint: the roles a resource names get an answer, every other role 403 and
 * an anonymous caller 401. (Writes are in the bad-input corpus, with the right body from the wrong roles.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleMatrixIT {

    private static final List<String> ROLES = List.of("author", "reviewer", "designer", "publisher", "printer",
            "admin", "exam-client");
    private static final Set<String> STAFF = Set.of("author", "reviewer", "designer", "publisher", "printer",
            "admin");
    private static final Set<String> FORM_BUILDERS = Set.of("designer", "reviewer", "publisher", "admin");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BankDeployment.asBuilt();
    }

    /** A short run of the blueprint, waited for, so that its reads have something to show. */
    private static long finishedRun(long blueprint) {
        var started = BankApi.send("POST", "/api/v1/assembly-runs", "designer",
                "{\"blueprint\": " + blueprint + ", \"timeLimitSeconds\": 3}");
        assertEquals(202, started.statusCode(), started.body());
        long run = BankApi.json(started).asJsonObject().getJsonNumber("id").longValue();
        for (int i = 0; i < 480; i++) {
            String status = BankApi.json(BankApi.getAs("designer", "/api/v1/assembly-runs/" + run)).asJsonObject()
                    .getString("status");
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return run;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("run " + run + " did not finish");
    }

    @Test
    void eachRoleReadsWhatItsWorkNeedsAndNothingElse() {
        long blueprint = BankApi.json(BankApi.getAs("designer", "/api/v1/blueprints")).asJsonArray()
                .getValuesAs(jakarta.json.JsonObject.class).stream().filter(b -> b.getString("name").startsWith("CRM"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        Map<String, Set<String>> matrix = new TreeMap<>();
        matrix.put("/api/v1/qualifications", Set.copyOf(ROLES));
        matrix.put("/api/v1/items", STAFF);
        matrix.put("/api/v1/blueprints", FORM_BUILDERS);
        matrix.put("/api/v1/blueprints/" + blueprint, FORM_BUILDERS);
        matrix.put("/api/v1/blueprints/" + blueprint + "/versions/1", FORM_BUILDERS);
        matrix.put("/api/v1/assembly-runs?blueprint=" + blueprint, FORM_BUILDERS);
        matrix.put("/api/v1/forms", Set.of("designer", "reviewer", "publisher", "admin", "printer"));
        long run = finishedRun(blueprint);
        long item = BankApi.json(BankApi.getAs("designer", "/api/v1/assembly-runs/" + run)).asJsonObject()
                .getJsonArray("forms").getJsonObject(0).getJsonArray("items").getJsonObject(0)
                .getJsonNumber("item").longValue();
        matrix.put("/api/v1/assembly-runs/" + run, FORM_BUILDERS);
        matrix.put("/api/v1/assembly-runs/" + run + "/model.lp", FORM_BUILDERS);
        matrix.put("/api/v1/assembly-runs/" + run + "/swaps?form=1&item=" + item, FORM_BUILDERS);
        long published = BankApi.json(BankApi.getAs("publisher", "/api/v1/forms")).asJsonArray()
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(f -> f.getString("status").equals("PUBLISHED")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Set<String> publishers = Set.of("publisher", "admin");
        matrix.put("/api/v1/forms/" + published, Set.of("designer", "reviewer", "publisher", "admin", "printer"));
        matrix.put("/api/v1/forms/" + published + "/snapshot", FORM_BUILDERS);
        matrix.put("/api/v1/forms/" + published + "/snapshot/content", FORM_BUILDERS);
        matrix.put("/api/v1/forms/" + published + "/variants/A", FORM_BUILDERS);
        matrix.put("/api/v1/forms/" + published + "/errata", FORM_BUILDERS);
        matrix.put("/api/v1/forms/" + published + "/check", FORM_BUILDERS);
        matrix.put("/api/v1/exam-clients", publishers);
        matrix.put("/api/v1/exam-sessions", publishers);
        long client = BankApi.json(BankApi.getAs("publisher", "/api/v1/exam-clients")).asJsonArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
        long session = BankApi.json(BankApi.getAs("publisher", "/api/v1/exam-sessions")).asJsonArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
        matrix.put("/api/v1/exam-clients/" + client, publishers);
        matrix.put("/api/v1/exam-sessions/" + session, publishers);
        matrix.put("/api/v1/exam-sessions/" + session + "/results", publishers);
        Set<String> printers = Set.of("printer", "publisher", "admin");
        Map<String, Set<String>> documents = new TreeMap<>();
        documents.put("/api/v1/forms/" + published + "/variants/A/booklet.pdf", printers);
        documents.put("/api/v1/forms/" + published + "/variants/A/answer-sheet.pdf", printers);
        documents.put("/api/v1/forms/" + published + "/variants/A/key.pdf", publishers);
        documents.put("/api/v1/print-jobs", printers);
        documents.put("/api/v1/scans", printers);
        List<String> wrong = new ArrayList<>();
        documents.forEach((path, allowed) -> {
            for (String role : ROLES) {
                int status = BankApi.send("GET", path, role, null, "Accept", "*/*").statusCode();
                boolean ok = allowed.contains(role) ? status == 200 : status == 403;
                if (!ok) {
                    wrong.add(role + " GET " + path + " → " + status);
                }
            }
            int anonymous = BankApi.send("GET", path, null, null, "Accept", "*/*").statusCode();
            if (anonymous != 401) {
                wrong.add("anonymous GET " + path + " → " + anonymous);
            }
        });
        // the exam clients' API takes bearer tokens only: every bank user is as unknown there as no one
        for (String role : ROLES) {
            int status = BankApi.send("GET", "/api/v1/delivery/sessions", role, null).statusCode();
            if (status != 401) {
                wrong.add(role + " GET /api/v1/delivery/sessions → " + status);
            }
        }
        matrix.forEach((path, allowed) -> {
            for (String role : ROLES) {
                // the LP model is text; every other answer JSON
                int status = BankApi.send("GET", path, role, null, "Accept", "text/plain").statusCode();
                boolean ok = allowed.contains(role) ? status == 200 : status == 403;
                if (!ok) {
                    wrong.add(role + " GET " + path + " → " + status);
                }
            }
            int anonymous = BankApi.send("GET", path, null, null, "Accept", "text/plain").statusCode();
            if (anonymous != 401) {
                wrong.add("anonymous GET " + path + " → " + anonymous);
            }
        });
        assertEquals(List.of(), wrong);
    }
}
