package pl.certbank.setup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The shipped migrations upgrade a database that holds data: run up to one version, fill in rows as that version
 * wrote them, then migrate to the newest and read them back. On H2, and on PostgreSQL (127.0.0.1:5432, database test,
 * a schema of its own) when the build runs with -Ddb=postgresql.
 */
class SchemaMigrationTest {

    private static final boolean POSTGRES = "postgresql".equals(System.getProperty("db"));
    private final String schema = "migration_" + UUID.randomUUID().toString().substring(0, 8);
    private DataSource database;

    @BeforeEach
    void emptyDatabase() throws SQLException {
        if (POSTGRES) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setUrl("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
            postgres.setUser("postgres");
            database = postgres;
            execute("CREATE SCHEMA " + schema);
        } else {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1");
            database = h2;
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        execute(POSTGRES ? "DROP SCHEMA " + schema + " CASCADE" : "DROP ALL OBJECTS");
    }

    @Test
    void auditEntriesOfItemsAndImagesKeepTheirSubjectsThroughVersion4() throws SQLException {
        SchemaMigration.configure(database).target("3").load().migrate();
        execute("INSERT INTO audit_entry (id, occurred_at, actor, action, item_id, version_number, before_value, "
                + "after_value) VALUES (1, CURRENT_TIMESTAMP, 'author', 'CREATE', 1008, 1, NULL, 'v1 SINGLE_CHOICE')",
                "INSERT INTO audit_entry (id, occurred_at, actor, action, item_id, version_number, before_value, "
                        + "after_value) VALUES (2, CURRENT_TIMESTAMP, 'author', 'IMAGE_UPLOADED', NULL, NULL, NULL, "
                        + "'/bank/api/v1/images/1234 image/png 67 bytes')");

        SchemaMigration.configure(database).load().migrate();

        assertEquals(List.of("1 ITEM 1008 CREATE", "2 IMAGE 1234 IMAGE_UPLOADED"),
                rows("SELECT id, subject_kind, subject_id, action FROM audit_entry ORDER BY id"));
    }

    @Test
    void anEmptyDatabaseReachesTheNewestVersion() {
        var result = SchemaMigration.migrate(database);
        assertEquals(MigrationsTest.shipped().size() + SchemaMigration.JAVA_MIGRATIONS.length,
                result.migrationsExecuted);
    }

    private void execute(String... statements) throws SQLException {
        DataSource target = database;
        if (POSTGRES && statements[0].contains("SCHEMA")) {
            PGSimpleDataSource admin = new PGSimpleDataSource();
            admin.setUrl("jdbc:postgresql://127.0.0.1:5432/test");
            admin.setUser("postgres");
            target = admin;
        }
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    values.add(result.getString(i));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
