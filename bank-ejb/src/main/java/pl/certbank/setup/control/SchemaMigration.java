package pl.certbank.setup.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with the SQL migrations shipped in the EJB module. The SQL is portable
 * between H2 and PostgreSQL; the few types they name differently are placeholders (${blob}, ${pattern_ops}).
 */
public final class SchemaMigration {

    /** Migrations written in Java (vendor-specific steps), released like the SQL files and never changed. */
    static final org.flywaydb.core.api.migration.JavaMigration[] JAVA_MIGRATIONS = {new SealedRows()};

    private SchemaMigration() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return configure(dataSource).load().migrate();
    }

    static FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("schema_history")
                .placeholders(placeholders(dataSource))
                .javaMigrations(JAVA_MIGRATIONS);
    }

    static Map<String, String> placeholders(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            return Map.of("blob", postgres ? "BYTEA" : "BLOB", "pattern_ops", postgres ? "varchar_pattern_ops" : "");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it: " + e.getMessage(), e);
        }
    }
}
