package pl.certbank.setup.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import pl.certbank.qualifications.control.QualificationDefinition;
import pl.certbank.qualifications.control.QualificationFileException;
import pl.certbank.qualifications.control.QualificationFileReader;
import pl.certbank.qualifications.control.QualificationImport;
import pl.certbank.security.control.PasswordHashes;
import pl.certbank.security.entity.BankUser;
import pl.certbank.security.entity.Roles;

/**
 * Loads the data CertBank starts with, each kind in a transaction of its own so that nothing is half-loaded. Only
 * {@link pl.certbank.setup.boundary.Startup} calls it; no client view reaches it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BuiltInData {

    static final String QUALIFICATION_INDEX = "qualifications/index.txt";
    private static final Logger LOG = Logger.getLogger(BuiltInData.class.getName());

    @Inject
    QualificationImport qualificationImport;

    @Inject
    DemoBank demoBank;

    @Inject
    DemoBlueprint demoBlueprint;

    @Inject
    DemoPublication demoPublication;

    @PersistenceContext
    EntityManager em;

    /** Imports every qualification file listed in the index; a broken file stops the start with its error. */
    public void loadQualifications() {
        for (String file : qualificationFiles()) {
            try (InputStream in = resource("qualifications/" + file)) {
                QualificationDefinition definition = QualificationFileReader.read(file, in);
                qualificationImport.store(definition, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Demo mode only: one user per role, named after it, with its name as password. */
    public void createDemoUsers() {
        for (String role : Roles.ALL) {
            if (!userExists(role)) {
                em.persist(new BankUser(role, "Demo " + role, PasswordHashes.hash(role), Set.of(role)));
                LOG.warning(() -> "DEMO MODE: created user '" + role + "' with password '" + role
                        + "'. Never run demo mode with real data.");
            }
        }
    }

    /** Demo mode only: the sample bank of items and a blueprint it can supply, once. */
    public void loadDemoBank() {
        demoBank.load();
        demoBlueprint.load();
        demoPublication.load();
    }

    /** Outside demo mode: creates the first administrator from CERTBANK_ADMIN_PASSWORD when there is none. */
    public void createFirstAdmin(String password) {
        if (!userExists("admin")) {
            em.persist(new BankUser("admin", "Administrator", PasswordHashes.hash(password), Set.of(Roles.ADMIN)));
            LOG.info("Created the first administrator 'admin' from CERTBANK_ADMIN_PASSWORD");
        }
    }

    private boolean userExists(String username) {
        return !em.createNamedQuery(BankUser.BY_USERNAME, BankUser.class).setParameter("username", username)
                .getResultList().isEmpty();
    }

    static List<String> qualificationFiles() {
        try (InputStream in = resource(QUALIFICATION_INDEX)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = BuiltInData.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new QualificationFileException(name + ": not found in the application");
        }
        return in;
    }
}
