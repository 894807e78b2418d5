package pl.certbank.security.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import pl.certbank.audit.control.AuditTrail;
import pl.certbank.audit.entity.Subject;
import pl.certbank.security.control.LoginThrottle;
import pl.certbank.security.control.SignInAttempts;
import pl.certbank.security.entity.BankUser;
import pl.certbank.security.entity.Roles;

/**
 * Sign-in attempts: whether one must wait (before the credentials are even checked), what a failure or success
 * means, and for administrators what is throttled now and lifting it. Blocks and alarms are logged and, where they
 * concern a known account, audited on that account.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignIns {

    private static final Logger LOG = Logger.getLogger(SignIns.class.getName());

    @Inject
    SignInAttempts attempts;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    /** Seconds an attempt from {@code source} as {@code account} must wait; 0 to take it now. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long waitFor(String source, String account) {
        return attempts.throttle().waitFor(source, account, Instant.now());
    }

    public void failed(String source, String account) {
        var consequence = attempts.throttle().failed(source, account, Instant.now());
        consequence.newlyBlocked().ifPresent(blocked -> {
            String what = "source " + source + (blocked.account() == null || blocked.account().isEmpty() ? ""
                    : " on account " + account) + ": " + blocked.failures() + " failed sign-ins, further attempts wait";
            LOG.warning(() -> "Sign-in throttled for " + what);
            auditOn(account, "SIGN_IN_THROTTLED", what);
        });
        if (consequence.accountAlarm()) {
            LOG.warning(() -> "Account " + account + " had " + LoginThrottle.ACCOUNT_ALARM
                    + " failed sign-ins within an hour (from any source); it is not blocked");
            auditOn(account, "SIGN_IN_ALARM", LoginThrottle.ACCOUNT_ALARM + " failed sign-ins within an hour");
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void succeeded(String source, String account) {
        attempts.throttle().succeeded(source, account);
    }

    /** Sources and accounts with failed sign-ins in the last hour, most recent first. */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<LoginThrottle.Throttled> throttled() {
        return attempts.throttle().all(Instant.now());
    }

    /** Lifts what is known of a source, a source on an account, or an account; audited. */
    @RolesAllowed(Roles.ADMIN)
    public boolean lift(String source, String account) {
        boolean lifted = attempts.throttle().lift(blankToNull(source), blankToNull(account));
        if (lifted) {
            String what = (source == null || source.isBlank() ? "" : "source " + source)
                    + (account == null || account.isBlank() ? "" : " account " + account);
            LOG.info(() -> caller.getCallerPrincipal().getName() + " lifted the sign-in throttle of " + what.strip());
            auditOn(account, "SIGN_IN_THROTTLE_LIFTED", what.strip());
        }
        return lifted;
    }

    private void auditOn(String account, String action, String what) {
        if (account == null || account.isBlank()) {
            return;
        }
        em.createNamedQuery(BankUser.BY_USERNAME, BankUser.class).setParameter("username", account)
                .getResultStream().findFirst().ifPresent(user -> audit.record(actor(), action,
                        new Subject(Subject.Kind.USER, user.getId()), null, null, what));
    }

    private String actor() {
        var principal = caller.getCallerPrincipal();
        return principal == null || "anonymous".equals(principal.getName()) ? "system" : principal.getName();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
