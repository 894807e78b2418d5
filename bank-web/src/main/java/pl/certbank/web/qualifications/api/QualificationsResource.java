package pl.certbank.web.qualifications.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import pl.certbank.qualifications.boundary.Qualifications;
import pl.certbank.security.entity.Roles;

/** The qualification frameworks, read-only: the list, and one qualification with its whole tree. */
@Path("v1/qualifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.DESIGNER, Roles.PUBLISHER, Roles.PRINTER, Roles.ADMIN,
        Roles.EXAM_CLIENT})
public class QualificationsResource {

    @Inject
    Qualifications qualifications;

    @GET
    public List<QualificationSummaryView> list() {
        var counts = qualifications.criteriaCounts();
        return qualifications.all().stream()
                .map(q -> QualificationSummaryView.of(q, counts.getOrDefault(q.getCode(), 0L)))
                .toList();
    }

    @GET
    @Path("{code}")
    public QualificationTreeView tree(@PathParam("code") String code) {
        return qualifications.withFramework(code).map(QualificationTreeView::of)
                .orElseThrow(() -> new NotFoundException("No qualification has the code '" + code + "'"));
    }
}
