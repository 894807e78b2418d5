package pl.certbank.web.api;

import jakarta.ws.rs.core.Response;

/** A paper document as a download: {@code <variant>-<kind>.pdf}, never sniffed as anything else. */
public final class PdfDownloads {

    private PdfDownloads() {
    }

    public static Response of(byte[] bytes, String variant, String kind) {
        return Response.ok(bytes, "application/pdf").header("Content-Disposition", "attachment; filename=\""
                + variant.replaceAll("[^A-Z]", "") + "-" + kind + ".pdf\"").header("X-Content-Type-Options",
                        "nosniff")
                .build();
    }
}
