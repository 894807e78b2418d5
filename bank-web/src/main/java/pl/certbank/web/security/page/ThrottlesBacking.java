package pl.certbank.web.security.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import pl.certbank.security.boundary.SignIns;
import pl.certbank.web.faces.Dates;
import pl.certbank.web.faces.Notices;

/** Backs security/throttles.xhtml: failed sign-ins of the last hour, what waits, and lifting it (administrators). */
@Named
@RequestScoped
public class ThrottlesBacking {

    @Inject
    SignIns signIns;

    private List<Row> rows;

    /** One throttled source, source on an account, or account. */
    public record Row(String source, String account, int failures, String lastFailure, long retryAfter) {
    }

    public List<Row> getRows() {
        if (rows == null) {
            Instant now = Instant.now();
            rows = signIns.throttled().stream().map(t -> new Row(t.source(), t.account(), t.failures(),
                    Dates.shown(t.lastFailure().atOffset(java.time.ZoneOffset.UTC)), t.retryAfter(now))).toList();
        }
        return rows;
    }

    public void lift(String source, String account) {
        try {
            signIns.lift(source, account);
            Notices.info("security.throttles.lifted");
            rows = null;
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
    }
}
