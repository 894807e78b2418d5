package pl.certbank.items.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import pl.certbank.audit.control.AuditTrail;
import pl.certbank.audit.entity.Subject;
import pl.certbank.items.control.CheckedImage;
import pl.certbank.items.control.ImageRefusal;
import pl.certbank.items.control.ImageRules;
import pl.certbank.items.entity.ItemImage;
import pl.certbank.refusals.Refusal;
import pl.certbank.security.entity.Roles;

/**
 * The images stems show: authors upload them (checked by {@link ImageRules}, audited), bank staff read them. Exam
 * clients are not among the readers; they will get images through published forms.
 */
@Stateless
@RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.DESIGNER, Roles.PUBLISHER, Roles.PRINTER, Roles.ADMIN})
public class Images {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    AuditTrail audit;

    /** The rules in force (size limit from the system property {@value ImageRules#MAX_BYTES_PROPERTY}). */
    public ImageRules rules() {
        return ImageRules.configured();
    }

    /** Reads, checks and stores an uploaded image; {@code declaredType} may be null. Refusals are ImageRefusals. */
    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public ItemImage upload(InputStream body, String declaredType) {
        CheckedImage checked = rules().read(body, declaredType);
        String actor = caller.getCallerPrincipal().getName();
        ItemImage image = new ItemImage(checked.format().mediaType(), checked.bytes(), actor);
        em.persist(image);
        em.flush();
        audit.record(actor, "IMAGE_UPLOADED", Subject.image(image.getId()), null, null,
                image.stemUrl() + " " + image.getContentType() + " " + image.getSize() + " bytes");
        return image;
    }

    /** The image's media type, read without its bytes (a lazy column is only lazy where EclipseLink weaves). */
    public String contentType(long id) {
        return em.createQuery("SELECT i.contentType FROM ItemImage i WHERE i.id = :id", String.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> Refusal.of(ImageRefusal.NOT_FOUND, id));
    }

    /** The image's bytes. */
    public byte[] content(long id) {
        return em.createQuery("SELECT i.content FROM ItemImage i WHERE i.id = :id", byte[].class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> Refusal.of(ImageRefusal.NOT_FOUND, id));
    }
}
