package pl.certbank.setup.control;

import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 6.1: on PostgreSQL, triggers refuse every UPDATE and DELETE of sealed rows (published snapshots, their
 * variants, errata, attempts and scores), whoever connects. H2 can only run triggers written as Java classes on its
 * own class path, which the embedded server does not have; there the bank's code and the hash check on every read
 * guard them (docs/adr/0012). Released with V6: like a SQL migration, it never changes.
 */
public class SealedRows implements JavaMigration {

    static final String[] TABLES = {"form_snapshot", "form_variant", "personal_variant", "erratum", "exam_attempt",
            "attempt_score"};

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("6.1");
    }

    @Override
    public String getDescription() {
        return "sealed rows";
    }

    @Override
    public Integer getChecksum() {
        return 61;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        if (!context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("CREATE FUNCTION certbank_sealed_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "RAISE EXCEPTION 'certbank: % rows are sealed and never change (% refused)', TG_TABLE_NAME, "
                    + "TG_OP USING ERRCODE = 'integrity_constraint_violation'; END $$");
            for (String table : TABLES) {
                sql.execute("CREATE TRIGGER " + table + "_sealed BEFORE UPDATE OR DELETE ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION certbank_sealed_row()");
                sql.execute("CREATE TRIGGER " + table + "_sealed_truncate BEFORE TRUNCATE ON " + table
                        + " FOR EACH STATEMENT EXECUTE FUNCTION certbank_sealed_row()");
            }
        }
    }
}
