package pl.certbank.items.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The raster formats a stem may show, recognised by their first bytes (a declared type proves nothing). SVG is not
 * among them: it is a document that can carry scripts and links.
 */
public enum ImageFormat {

    PNG("image/png", Set.of()),
    JPEG("image/jpeg", Set.of("image/jpg", "image/pjpeg")),
    GIF("image/gif", Set.of()),
    WEBP("image/webp", Set.of());

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final String mediaType;
    private final Set<String> aliases;

    ImageFormat(String mediaType, Set<String> aliases) {
        this.mediaType = mediaType;
        this.aliases = aliases;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format whose signature the bytes start with, if any. */
    public static Optional<ImageFormat> recognise(byte[] bytes) {
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, JPEG_SIGNATURE)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, "GIF87a".getBytes()) || startsWith(bytes, 0, "GIF89a".getBytes())) {
            return Optional.of(GIF);
        }
        if (startsWith(bytes, 0, "RIFF".getBytes()) && startsWith(bytes, 8, "WEBP".getBytes())) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** Whether a declared media type (parameters and case ignored) names this format. */
    public boolean isNamedBy(String declared) {
        String type = essence(declared);
        return mediaType.equals(type) || aliases.contains(type);
    }

    /** The media type without parameters, lower case; empty for none. */
    static String essence(String declared) {
        if (declared == null) {
            return "";
        }
        int semicolon = declared.indexOf(';');
        return (semicolon < 0 ? declared : declared.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] signature) {
        return bytes.length >= offset + signature.length
                && Arrays.equals(bytes, offset, offset + signature.length, signature, 0, signature.length);
    }
}
