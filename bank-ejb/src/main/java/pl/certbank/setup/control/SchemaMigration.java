package pl.certbank.setup.control;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the database schema up to date with the SQL migrations shipped in the EJB module. */
public final class SchemaMigration {

    private SchemaMigration() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("schema_history")
                .baselineOnMigrate(false)
                .load()
                .migrate();
    }
}
