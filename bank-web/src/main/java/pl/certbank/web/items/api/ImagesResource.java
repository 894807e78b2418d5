package pl.certbank.web.items.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import pl.certbank.items.boundary.Images;
import pl.certbank.items.entity.ItemImage;
import pl.certbank.security.entity.Roles;

/**
 * /bank/api/v1/images: authors upload stem images (the raw bytes, or a form field {@code file}); bank staff read
 * them. Stored images never change, so they are served as immutable, and never as anything but the proved type.
 * A Content-Length over the limit is refused before the body is read; a chunked body is read only to the limit plus
 * one byte. Undertow's own max-post-size (10 MB by default) is far above our limit, so a too-big image gets this
 * resource's 413 problem and not a dropped connection; only bodies over 10 MB meet Undertow's refusal.
 */
@Path("v1/images")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.DESIGNER, Roles.PUBLISHER, Roles.PRINTER, Roles.ADMIN})
public class ImagesResource {

    /** Room for the multipart envelope (boundaries, part headers) around an image of the maximum size. */
    private static final long MULTIPART_OVERHEAD = 16 * 1024;

    @Inject
    Images images;

    /** One stored image; {@code url} is what a stem's {@code <img src>} must say. */
    public record StoredImageView(long id, String url, String contentType, int size) {
        static StoredImageView of(ItemImage image) {
            return new StoredImageView(image.getId(), image.stemUrl(), image.getContentType(), image.getSize());
        }
    }

    @POST
    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body) {
        images.rules().checkDeclaredLength(length);
        return created(images.upload(body, type));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public Response uploadForm(@HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
            @FormParam("file") EntityPart file) {
        images.rules().checkDeclaredLength(length == null ? null : Math.max(0, length - MULTIPART_OVERHEAD));
        if (file == null) {
            throw new BadRequestException("Send the image in the form field 'file'");
        }
        // A part without its own Content-Type declares nothing (not text/plain): its bytes decide.
        return created(images.upload(file.getContent(), file.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    public Response read(@PathParam("id") long id, @Context Request request) {
        String contentType = images.contentType(id);
        EntityTag tag = new EntityTag("image-" + id);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = unchanged != null ? unchanged
                : Response.ok(images.content(id), contentType).tag(tag);
        return response.header(HttpHeaders.CACHE_CONTROL, "private, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'")
                .build();
    }

    private static Response created(ItemImage image) {
        return Response.created(URI.create("v1/images/" + image.getId())).entity(StoredImageView.of(image)).build();
    }
}
