package pl.certbank.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every exception that leaves a resource into a problem+json answer, never a stack trace. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** 4xx and 5xx that resources and JAX-RS itself raise (404, 403 from @RolesAllowed, 405, 415, ...). */
    @Provider
    public static class HttpErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String detail = e.getMessage() != null && !e.getMessage().startsWith("HTTP ") ? e.getMessage() : null;
            return Problem.of(status, detail).toResponse();
        }
    }

    /** A boundary refused the caller's role. */
    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return Problem.of(Response.Status.FORBIDDEN, "Your role does not allow this operation").toResponse();
        }
    }

    /** A boundary failed; access errors wrapped by the container still count as 403. */
    @Provider
    public static class BoundaryFailures implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof EJBAccessException) {
                    return new AccessDenied().toResponse(null);
                }
                if (cause instanceof pl.certbank.refusals.Refusal refusal) {
                    return new RefusalProblems().toResponse(refusal);
                }
                if (cause instanceof jakarta.persistence.OptimisticLockException lock) {
                    return new Conflict().toResponse(lock);
                }
                if (cause instanceof jakarta.persistence.PessimisticLockException
                        || cause instanceof jakarta.persistence.LockTimeoutException
                        || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                                && (sql.getSQLState().equals("40P01") || sql.getSQLState().equals("40001"))) {
                    return Problem.of(Response.Status.CONFLICT, "Another change to the same items was being made at "
                            + "the same moment; nothing was saved. Try again").toResponse();
                }
                if (cause instanceof java.sql.SQLIntegrityConstraintViolationException) {
                    return Problem.of(Response.Status.CONFLICT, "The change collides with another one made at the "
                            + "same moment; nothing was saved. Reload and try again").toResponse();
                }
            }
            return new Unexpected().toResponse(e);
        }
    }

    /** 409: two writers raced and the database caught it at commit; the first one's change stands. */
    @Provider
    public static class Conflict implements ExceptionMapper<jakarta.persistence.OptimisticLockException> {
        @Override
        public Response toResponse(jakarta.persistence.OptimisticLockException e) {
            return Problem.of(Response.Status.CONFLICT,
                    "The item was changed by someone else at the same moment; reload it and try again").toResponse();
        }
    }

    /** A body JAX-RS could not read: the domain's refusal when one was raised while reading, else a 400. */
    @Provider
    public static class Unreadable implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            return pl.certbank.refusals.Refusal.in(e).map(r -> new RefusalProblems().toResponse(r))
                    .orElseGet(() -> Problem.of(Response.Status.BAD_REQUEST, "The request body could not be read")
                            .toResponse());
        }
    }

    /** Anything else: logged with its stack trace, reported without it. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            LOG.log(Level.SEVERE, "Unexpected error in the REST API", e);
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "The server could not complete the request")
                    .toResponse();
        }
    }
}
