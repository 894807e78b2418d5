package pl.certbank.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import pl.certbank.refusals.FieldError;
import pl.certbank.refusals.Kind;
import pl.certbank.refusals.Refusal;

/**
 * Every refusal of the domain as a problem: the status of its kind, its English text as {@code detail}, the broken
 * rules as {@code errors}, the refusal's reason as {@code reason} ({@code ItemRefusal.STALE}), and for a stale write
 * the current revision as ETag. Nothing was changed.
 */
@Provider
public class RefusalProblems implements ExceptionMapper<Refusal> {

    @Override
    public Response toResponse(Refusal refusal) {
        Problem problem = new Problem(status(refusal.kind()).getStatusCode(), status(refusal.kind()).getReasonPhrase(),
                refusal.getMessage(), refusal.errors().stream().map(FieldError::toString).toList(),
                refusal.reason().key());
        Response.ResponseBuilder response = Response.fromResponse(problem.toResponse());
        if (refusal.currentRevision() != null) {
            response.tag(String.valueOf(refusal.currentRevision()));
        }
        return response.build();
    }

    /** The one place where a kind of refusal becomes an HTTP status (docs/adr/0007). */
    static Response.StatusType status(Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case BAD_INPUT -> Response.Status.BAD_REQUEST;
            case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
            case UNSUPPORTED -> Response.Status.UNSUPPORTED_MEDIA_TYPE;
            case WRONG_STATE, CONFLICT -> Response.Status.CONFLICT;
            case STALE -> Response.Status.PRECONDITION_FAILED;
            case INVALID, RULE -> UNPROCESSABLE;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
        };
    }

    private static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };
}
