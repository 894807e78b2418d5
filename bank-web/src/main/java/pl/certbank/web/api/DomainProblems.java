package pl.certbank.web.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import pl.certbank.items.boundary.ImageNotFound;
import pl.certbank.items.boundary.ItemNotFound;
import pl.certbank.items.boundary.StaleItem;
import pl.certbank.items.control.InvalidItem;
import pl.certbank.items.control.RefusedImage;
import pl.certbank.items.entity.ItemRuleViolation;

/** The bank's own refusals as problems: each says what was wrong, and nothing was changed. */
public final class DomainProblems {

    private DomainProblems() {
    }

    @Provider
    public static class NotFound implements ExceptionMapper<ItemNotFound> {
        @Override
        public Response toResponse(ItemNotFound e) {
            return Problem.of(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class NoImage implements ExceptionMapper<ImageNotFound> {
        @Override
        public Response toResponse(ImageNotFound e) {
            return Problem.of(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
        }
    }

    /** 413 for an image over the size limit, 415 for anything but PNG, JPEG, GIF or WebP, 400 for no bytes. */
    @Provider
    public static class Refused implements ExceptionMapper<RefusedImage> {
        @Override
        public Response toResponse(RefusedImage e) {
            Response.Status status = switch (e.reason()) {
                case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
                case EMPTY, INCOMPLETE -> Response.Status.BAD_REQUEST;
                case NOT_AN_IMAGE, SVG, TYPE_MISMATCH -> Response.Status.UNSUPPORTED_MEDIA_TYPE;
            };
            return Problem.of(status, e.getMessage()).toResponse();
        }
    }

    /** 422: the JSON was fine, the item breaks its type's rules; {@code errors} names each one. */
    @Provider
    public static class Invalid implements ExceptionMapper<InvalidItem> {
        @Override
        public Response toResponse(InvalidItem e) {
            return new Problem(422, "Unprocessable Content", "The item cannot be saved", e.errors()).toResponse();
        }
    }

    /** 412: the If-Match revision is not the item's current one. */
    @Provider
    public static class Stale implements ExceptionMapper<StaleItem> {
        @Override
        public Response toResponse(StaleItem e) {
            return Response.fromResponse(Problem.of(Response.Status.PRECONDITION_FAILED, e.getMessage())
                    .toResponse()).tag(String.valueOf(e.currentLock())).build();
        }
    }

    /** 403 for the four-eyes rule, 409 for a transition the item's status does not allow. */
    @Provider
    public static class RuleViolation implements ExceptionMapper<ItemRuleViolation> {
        @Override
        public Response toResponse(ItemRuleViolation e) {
            Response.Status status = e.getKind() == ItemRuleViolation.Kind.FOUR_EYES ? Response.Status.FORBIDDEN
                    : Response.Status.CONFLICT;
            return Problem.of(status, e.getMessage()).toResponse();
        }
    }

    /** 409: two writers raced and the database caught it at commit; the first one's change stands. */
    @Provider
    public static class Conflict implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return Problem.of(Response.Status.CONFLICT,
                    "The item was changed by someone else at the same moment; reload it and try again").toResponse();
        }
    }

    /** 400: a value the boundary refused (an empty comment, an unknown role). */
    @Provider
    public static class BadValue implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return Problem.of(Response.Status.BAD_REQUEST, e.getMessage()).toResponse();
        }
    }
}
