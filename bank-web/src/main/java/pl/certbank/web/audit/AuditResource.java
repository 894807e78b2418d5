package pl.certbank.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import pl.certbank.audit.boundary.AuditLog;
import pl.certbank.audit.entity.AuditEntry;
import pl.certbank.security.entity.Roles;

/** GET /bank/api/v1/audit[?item=ID]: who changed what, newest first. Administrators only. */
@Path("v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    @Inject
    AuditLog log;

    /** One audit entry. */
    public record AuditEntryView(long id, OffsetDateTime at, String actor, String action, Long item, Integer version,
            String before, String after) {
        static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.getId(), e.getAt(), e.getActor(), e.getAction(), e.getItemId(),
                    e.getVersionNumber(), e.getBefore(), e.getAfter());
        }
    }

    @GET
    public List<AuditEntryView> entries(@QueryParam("item") Long item,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return log.entries(item, offset, limit).stream().map(AuditEntryView::of).toList();
    }
}
