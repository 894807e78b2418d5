package pl.certbank.qualifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDeployment;
import pl.certbank.support.CrmFramework;

/** GET /bank/api/v1/qualifications[/{code}] as clients call it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualificationsResourceIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BankDeployment.asBuilt();
    }

    @Test
    void listNamesTheCrmQualificationWithItsCriteriaCount() {
        var response = BankApi.getAs("designer", "/api/v1/qualifications");
        assertEquals(200, response.statusCode());
        JsonObject crm = ((JsonArray) BankApi.json(response)).getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("code").equals(CrmFramework.CODE)).findFirst().orElseThrow();
        assertEquals("Zarządzanie relacjami z klientem z wykorzystaniem systemu CRM", crm.getString("name"));
        assertEquals(4, crm.getInt("prkLevel"));
        assertEquals(39, crm.getInt("criteriaCount"));
    }

    @Test
    void treeHoldsTheThirtyNineVerbatimCriteriaInOrder() {
        var response = BankApi.getAs("author", "/api/v1/qualifications/" + CrmFramework.CODE);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject tree = (JsonObject) BankApi.json(response);
        assertEquals(2, tree.getJsonArray("sets").size());
        assertEquals("Budowanie bazy klientów", tree.getJsonArray("sets").getJsonObject(0).getString("title"));
        assertEquals(CrmFramework.criteria(), CrmFramework.criteria(tree));
        assertEquals("Certyfikat", tree.getString("documentName"));
        assertEquals("Nie rzadziej niż raz na 10 lat.", tree.getString("reviewPeriod"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"author", "reviewer", "designer", "publisher", "printer", "admin", "exam-client"})
    void everyRoleMayReadTheFramework(String role) {
        assertEquals(200, BankApi.getAs(role, "/api/v1/qualifications/" + CrmFramework.CODE).statusCode());
    }

    @Test
    void unknownCodeIsA404Problem() {
        var response = BankApi.getAs("author", "/api/v1/qualifications/NO-SUCH");
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = (JsonObject) BankApi.json(response);
        assertEquals(404, problem.getInt("status"));
        assertEquals("No qualification has the code 'NO-SUCH'", problem.getString("detail"));
    }

    @Test
    void anonymousCallIsA401ProblemWithABasicChallenge() {
        var response = BankApi.get("/api/v1/qualifications/" + CrmFramework.CODE, null, null);
        assertEquals(401, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, ((jakarta.json.JsonObject) BankApi.json(response)).getInt("status"), response.body());
    }

    @Test
    void wrongPasswordIsA401() {
        assertEquals(401, BankApi.get("/api/v1/qualifications", "author", "wrong").statusCode());
    }
}
