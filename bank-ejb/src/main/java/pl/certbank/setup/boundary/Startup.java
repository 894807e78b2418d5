package pl.certbank.setup.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import pl.certbank.setup.control.BuiltInData;
import pl.certbank.setup.control.SchemaMigration;

/** Prepares the database when the application starts; the deployment fails if that cannot be done. */
@Singleton
@jakarta.ejb.Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Resource(lookup = "java:jboss/datasources/CertBankDS")
    DataSource dataSource;

    @EJB
    pl.certbank.assembly.control.RunSteps runSteps;

    @EJB
    BuiltInData builtInData;

    @EJB
    pl.certbank.printing.control.PrintSteps printSteps;

    private String schemaVersion;

    @PostConstruct
    void start() {
        var result = SchemaMigration.migrate(dataSource);
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        builtInData.loadQualifications();
        int interrupted = runSteps.failInterrupted();
        if (interrupted > 0) {
            LOG.warning(() -> interrupted + " assembly run(s) interrupted by the restart were marked failed");
        }
        int printJobs = printSteps.failInterrupted();
        if (printJobs > 0) {
            LOG.warning(() -> printJobs + " print job(s) interrupted by the restart were marked failed; retry them");
        }
        if (DemoMode.isOn()) {
            builtInData.createDemoUsers();
            builtInData.loadDemoBank();
        } else {
            String adminPassword = System.getenv("CERTBANK_ADMIN_PASSWORD");
            if (adminPassword != null && !adminPassword.isBlank()) {
                builtInData.createFirstAdmin(adminPassword);
            }
        }
    }

    /** The schema version Flyway reported at start. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
