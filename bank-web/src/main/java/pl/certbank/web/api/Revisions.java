package pl.certbank.web.api;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** Reads the item revision a client sends in If-Match ("3", 3 or W/"3"). */
public final class Revisions {

    private Revisions() {
    }

    /** Writes that replace content must say which revision they change: 428 without it. */
    public static long required(String ifMatch) {
        Long revision = optional(ifMatch);
        if (revision == null) {
            throw new ClientErrorException("Send If-Match with the item's ETag, so that a concurrent edit is "
                    + "detected instead of overwritten", 428);
        }
        return revision;
    }

    public static Long optional(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ClientErrorException("If-Match must be the item's ETag, not '" + ifMatch + "'",
                    Response.Status.PRECONDITION_FAILED);
        }
    }
}
