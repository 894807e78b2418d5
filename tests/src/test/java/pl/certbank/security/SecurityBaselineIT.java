package pl.certbank.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDeployment;

/** Sign-in is required everywhere but login, health and OpenAPI; demo users exist with hashed passwords. */
@ExtendWith(ArquillianExtension.class)
class SecurityBaselineIT {

    @Deployment
    static EnterpriseArchive ear() {
        return BankDeployment.withTestClasses(SecurityBaselineIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/CertBankDS")
    DataSource dataSource;

    @Test
    void demoUsersExistForEveryRoleWithBcryptHashesOnly() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery(
                        "SELECT u.username, u.password_hash, r.role_name FROM bank_user u "
                                + "JOIN bank_user_role r ON r.user_id = u.id ORDER BY u.username")) {
            int users = 0;
            while (rows.next()) {
                String username = rows.getString(1);
                String hash = rows.getString(2);
                assertTrue(hash.startsWith("$2a$"), "not a bcrypt hash for " + username);
                assertFalse(hash.contains(username), "the password shows in the hash of " + username);
                assertEquals(username, rows.getString(3), "demo users are named after their role");
                users++;
            }
            assertEquals(7, users);
        }
    }

    @Test
    @RunAsClient
    void healthIsOpenAndReportsTheDatabase() {
        var response = BankApi.get("/api/v1/health", null, null);
        assertEquals(200, response.statusCode());
        JsonObject health = (JsonObject) BankApi.json(response);
        assertEquals("UP", health.getString("status"));
        assertEquals("UP", health.getString("database"));
    }

    @Test
    @RunAsClient
    void openApiDocumentIsOpenAndDescribesTheApi() {
        String root = BankApi.baseUrl().replaceFirst("/bank$", "");
        var response = BankApi.get(root + "/openapi", null, null);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/bank/api/v1/qualifications/{code}"), response.body());
        var json = BankApi.get(root + "/openapi?format=JSON", null, null);
        jakarta.json.JsonObject document = (jakarta.json.JsonObject) BankApi.json(json);
        assertTrue(document.getJsonObject("components").getJsonObject("schemas").containsKey("ItemDocument"),
                "an item body is described although the API reads it as plain JSON");
        assertTrue(document.getJsonObject("paths").containsKey("/bank/api/v1/items/{id}/relations"));
    }

    @Test
    @RunAsClient
    void pagesShowTheLoginFormToAnonymousVisitors() {
        var response = BankApi.get("/qualifications/framework.xhtml", null, null);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("j_security_check"), "no login form on a protected page");
        assertFalse(response.body().contains("Z1.1.1"), "the framework shows before sign-in");
    }

    @Test
    @RunAsClient
    void unknownAccountIsRefusedAndExamClientSignsIn() {
        assertEquals(401, BankApi.get("/api/v1/qualifications", "nobody", "nobody").statusCode());
        assertEquals(200, BankApi.getAs("exam-client", "/api/v1/qualifications").statusCode());
    }
}
