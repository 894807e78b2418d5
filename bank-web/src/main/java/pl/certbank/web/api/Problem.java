package pl.certbank.web.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document; the only shape in which the API reports errors. {@code errors} lists each fault;
 * {@code reason} names the domain's refusal ({@code ItemRefusal.STALE}) so that a client can tell refusals apart
 * without reading English.
 */
public record Problem(int status, String title, String detail, List<String> errors, String reason) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(int status, String title, String detail) {
        this(status, title, detail, List.of(), null);
    }

    public Response toResponse() {
        var json = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (errors != null && !errors.isEmpty()) {
            json.add("errors", Json.createArrayBuilder(errors));
        }
        if (reason != null) {
            json.add("reason", reason);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(json.build().toString()).build();
    }

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem(status.getStatusCode(), status.getReasonPhrase(), detail);
    }
}
