package pl.certbank.web.reviews.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import pl.certbank.input.JsonInput;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import pl.certbank.items.entity.Item;
import pl.certbank.qualifications.boundary.Qualifications;
import pl.certbank.reviews.boundary.Reviews;
import pl.certbank.reviews.entity.ReviewComment;
import pl.certbank.security.entity.Roles;
import pl.certbank.web.api.Revisions;

/** /bank/api/v1/reviews: the queue, approve, return with a comment, and comment threads per item version. */
@Path("v1/reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
public class ReviewsResource {

    @Inject
    Reviews reviews;

    @Inject
    Qualifications qualifications;

    /** A decision's comment, or a comment on a version ({@code version}, optional {@code replyTo}). */
    /** The OpenAPI shape of an approval's or a return's comment: a lifecycle reason, at most 2,000 characters. */
    @Schema(name = "DecisionNote")
    public record DecisionNote(@Schema(maxLength = pl.certbank.items.entity.Item.MAX_REASON) String text) {
    }

    public record CommentInput(@Schema(maxLength = ReviewComment.MAX_TEXT) String text,
            @Schema(minimum = "1") Long version, Long replyTo) {
        static CommentInput read(JsonValue body) {
            if (body == null || body == JsonValue.NULL) {
                return new CommentInput(null, null, null);
            }
            JsonInput json = JsonInput.strict(body);
            CommentInput input = new CommentInput(json.string("text"), json.integer("version"),
                    json.integer("replyTo"));
            json.done();
            return input;
        }
    }

    /** A comment as the thread shows it. */
    public record CommentView(long id, int version, Long replyTo, String author, OffsetDateTime at, String text) {
        static CommentView of(ReviewComment c) {
            return new CommentView(c.getId(), c.getVersion().getNumber(),
                    c.getParent() == null ? null : c.getParent().getId(), c.getAuthor(), c.getCreatedAt(),
                    c.getText());
        }
    }

    /** A queued item. */
    public record QueuedItem(long id, String reference, int version, String author, String stem, long revision) {
    }

    /** The outcome of a decision. */
    public record Decision(long id, String reference, String status, Integer approvedVersion, long revision) {
        static Decision of(Item i) {
            return new Decision(i.getId(), i.getReference(), i.getStatus().name(),
                    i.getApprovedVersion() == null ? null : i.getApprovedVersion().getNumber(), i.getLock());
        }
    }

    @GET
    @Path("queue")
    public List<QueuedItem> queue(@QueryParam("qualification") String qualification) {
        String code = qualification != null ? qualification : qualifications.defaultCode();
        return reviews.queue(code).stream().map(i -> new QueuedItem(i.getId(), i.getReference(),
                i.getLatestVersion().getNumber(), i.getLatestVersion().getAuthor(), i.getStemText(), i.getLock()))
                .toList();
    }

    @POST
    @Path("{id}/approve")
    public Decision approve(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = @Content(schema = @Schema(implementation = DecisionNote.class))) JsonValue body) {
        return Decision.of(reviews.approve(id, revision(ifMatch), CommentInput.read(body).text()));
    }

    @POST
    @Path("{id}/return")
    public Decision returnToAuthor(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = @Content(schema = @Schema(implementation = DecisionNote.class))) JsonValue body) {
        CommentInput input = CommentInput.read(body);
        if (input.text() == null || input.text().isBlank()) {
            throw new BadRequestException("Say what the author should change (text)");
        }
        return Decision.of(reviews.returnToAuthor(id, revision(ifMatch), input.text()));
    }

    @GET
    @Path("{id}/comments")
    @RolesAllowed({Roles.REVIEWER, Roles.AUTHOR, Roles.DESIGNER, Roles.ADMIN})
    public List<CommentView> comments(@PathParam("id") long id) {
        return reviews.comments(id).stream().map(CommentView::of).toList();
    }

    @POST
    @Path("{id}/comments")
    @RolesAllowed({Roles.REVIEWER, Roles.AUTHOR, Roles.ADMIN})
    public CommentView comment(@PathParam("id") long id,
            @RequestBody(content = @Content(schema = @Schema(implementation = CommentInput.class))) JsonValue body) {
        CommentInput input = CommentInput.read(body);
        if (input.text() == null || input.text().isBlank() || input.version() == null) {
            throw new BadRequestException("A comment needs its text and the version number it is about");
        }
        int version = (int) Math.max(0, Math.min(Integer.MAX_VALUE, input.version()));
        return CommentView.of(reviews.comment(id, version, input.replyTo(), input.text()));
    }

    private static Long revision(String ifMatch) {
        return Revisions.optional(ifMatch);
    }
}
