package pl.certbank.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API of CertBank, versioned by path: /bank/api/v1/... */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "CertBank API", version = "1", description = """
        Question bank and theory-test server for ZSK market qualifications. Every refusal is \
        application/problem+json (RFC 9457) with a `reason` and, for bodies, `errors` naming each field by its JSON \
        pointer. 400: a body that is not well-formed JSON, of the wrong shape or kind, with an unknown field or name; \
        401/403: credentials or role; 404: no such thing; 409: the state forbids it or a lock collided; \
        412: If-Match is stale or weak (writes need a strong ETag); 413: a body over its limit (256 KiB for JSON, \
        2 MiB for an image, 10 MiB for any request); 415: a Content-Type the endpoint does not take or cannot parse; \
        422: a value beyond a documented limit or rule; 428: If-Match missing; 429: too many failed sign-ins from \
        this source (Retry-After says how long to wait). Writes authenticated only by the session cookie must come \
        from CertBank's own pages (Sec-Fetch-Site or Origin); programs use HTTP Basic."""))
public class BankApi extends Application {
}
