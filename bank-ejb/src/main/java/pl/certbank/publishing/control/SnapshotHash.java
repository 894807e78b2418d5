package pl.certbank.publishing.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The content hash of a published snapshot: SHA-256 over the snapshot's JSON in the JSON Canonicalization Scheme (RFC
 * 8785: keys sorted by UTF-16 code units, no insignificant whitespace, numbers and strings written one way only), so
 * that the hash depends on what the snapshot says, not on how a serialiser happened to write it, and an appeal years
 * later can recompute it from the stored text with any RFC 8785 implementation.
 */
public final class SnapshotHash {

    private SnapshotHash() {
    }

    /** The canonical UTF-8 bytes of a JSON text. */
    public static byte[] canonical(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedUTF8();
        } catch (IOException e) {
            // the snapshot is written by the bank itself, so malformed JSON here is a bug, not bad input
            throw new UncheckedIOException("a snapshot must be JSON: " + e.getMessage(), e);
        }
    }

    /** SHA-256 of the canonical bytes, in lower-case hex (64 characters). */
    public static String of(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical(json)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
