package pl.certbank.web.audit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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
import pl.certbank.audit.entity.Subject;
import pl.certbank.security.entity.Roles;

/**
 * GET /bank/api/v1/audit[?item=ID | ?subject=KIND:ID]: who changed what, newest first. Administrators only.
 * {@code item} is short for {@code subject=ITEM:ID}.
 */
@Path("v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    @Inject
    AuditLog log;

    /** One audit entry. */
    public record AuditEntryView(long id, OffsetDateTime at, String actor, String action, SubjectView subject,
            Long item, Integer version, String before, String after) {
        static AuditEntryView of(AuditEntry e) {
            Subject s = e.getSubject();
            return new AuditEntryView(e.getId(), e.getAt(), e.getActor(), e.getAction(),
                    new SubjectView(s.kind().name(), s.id()), s.kind() == Subject.Kind.ITEM ? s.id() : null,
                    e.getVersionNumber(), e.getBefore(), e.getAfter());
        }
    }

    /** What an entry is about. */
    public record SubjectView(String kind, long id) {
    }

    @GET
    public List<AuditEntryView> entries(@QueryParam("item") Long item, @QueryParam("subject") String subject,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        Subject about = item != null ? Subject.item(item) : subject == null || subject.isBlank() ? null
                : parse(subject);
        return log.entries(about, offset, limit).stream().map(AuditEntryView::of).toList();
    }

    private static Subject parse(String subject) {
        String[] parts = subject.strip().split(":", 2);
        try {
            return new Subject(Subject.Kind.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT)),
                    Long.parseLong(parts[1]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new BadRequestException("subject is KIND:ID, e.g. ITEM:1008; kinds: "
                    + java.util.Arrays.toString(Subject.Kind.values()));
        }
    }
}
