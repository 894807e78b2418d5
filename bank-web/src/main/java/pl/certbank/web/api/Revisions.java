package pl.certbank.web.api;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/**
 * Reads the item revision a client sends in If-Match ("3" as in the ETag, or 3). A write compares strongly
 * (RFC 9110 §13.1.1): a weak tag (W/"3") can never match and is refused with 412, like a stale one.
 */
public final class Revisions {

    private Revisions() {
    }

    /** Writes that replace content must say which revision they change: 428 without it. */
    public static long required(String ifMatch) {
        Long revision = optional(ifMatch);
        if (revision == null) {
            throw new ClientErrorException("Send If-Match with the ETag you read, so that a concurrent edit is "
                    + "detected instead of overwritten", 428);
        }
        return revision;
    }

    public static Long optional(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        if (ifMatch.strip().startsWith("W/")) {
            throw new ClientErrorException("If-Match must be the strong ETag (\"3\"), not a weak one ("
                    + ifMatch.strip() + "): writes compare revisions exactly", Response.Status.PRECONDITION_FAILED);
        }
        String value = ifMatch.strip().replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ClientErrorException("If-Match must be an ETag the bank gave, not '" + ifMatch + "'",
                    Response.Status.PRECONDITION_FAILED);
        }
    }
}
