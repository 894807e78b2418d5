package pl.certbank.items.control;

import java.io.IOException;
import java.io.InputStream;
import pl.certbank.refusals.Refusal;

/**
 * What the bank stores as a stem image: a PNG, JPEG, GIF or WebP, recognised by its bytes, not empty and at most
 * {@link #maxBytes()} long. A declared type is only a claim: it must name the format the bytes show, or be absent
 * (or application/octet-stream), and then the bytes decide. Uploads are read only up to the limit plus one byte, so
 * an oversized body never fills the memory.
 */
public final class ImageRules {

    public static final int DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
    /** System property that overrides {@link #DEFAULT_MAX_BYTES} (in bytes). */
    public static final String MAX_BYTES_PROPERTY = "certbank.images.max-bytes";

    private final int maxBytes;

    public ImageRules(int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("The image size limit must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The rules with the limit from {@value #MAX_BYTES_PROPERTY}, or 2 MiB when it is unset or not a number. */
    public static ImageRules configured() {
        int configured = Integer.getInteger(MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES);
        return new ImageRules(configured > 0 ? configured : DEFAULT_MAX_BYTES);
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** Refuses an upload whose declared length (Content-Length, null when unknown) is over the limit already. */
    public void checkDeclaredLength(Long length) {
        if (length != null && length > maxBytes) {
            throw tooLarge();
        }
    }

    /** Reads at most the limit plus one byte of {@code body} and checks what it read. */
    public CheckedImage read(InputStream body, String declaredType) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw Refusal.of(ImageRefusal.INCOMPLETE, maxBytes, String.valueOf(e.getMessage()));
        }
        return check(bytes, declaredType);
    }

    public CheckedImage check(byte[] bytes, String declaredType) {
        if (bytes.length == 0) {
            throw Refusal.of(ImageRefusal.EMPTY, maxBytes);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        String declared = ImageFormat.essence(declaredType);
        if (declared.startsWith("image/svg")) {
            throw Refusal.of(ImageRefusal.SVG, maxBytes);
        }
        ImageFormat format = ImageFormat.recognise(bytes).orElseThrow(() -> Refusal.of(ImageRefusal.NOT_AN_IMAGE,
                maxBytes, declared.isEmpty() ? "" : " (declared as " + declared + ")"));
        if (!declared.isEmpty() && !"application/octet-stream".equals(declared) && !format.isNamedBy(declared)) {
            throw Refusal.of(ImageRefusal.TYPE_MISMATCH, maxBytes, declared, format.mediaType());
        }
        if (!decodes(format, bytes)) {
            throw Refusal.of(ImageRefusal.BROKEN, maxBytes, format.mediaType());
        }
        return new CheckedImage(format, bytes);
    }

    /** The most pixels an image may have: a small file that decodes to gigapixels is a decompression bomb. */
    static final long MAX_PIXELS = 40_000_000L;

    /**
     * Whether the bytes are an image of the format, not only its signature: PNG, JPEG and GIF are decoded (after their
     * size is read from the header and found sane); WebP, which the JDK cannot decode, must be a RIFF container whose
     * length matches and whose first chunk is a WebP bitstream.
     */
    static boolean decodes(ImageFormat format, byte[] bytes) {
        if (format == ImageFormat.WEBP) {
            if (bytes.length < 20) {
                return false;
            }
            long riffLength = (bytes[4] & 0xFFL) | (bytes[5] & 0xFFL) << 8 | (bytes[6] & 0xFFL) << 16
                    | (bytes[7] & 0xFFL) << 24;
            String chunk = new String(bytes, 12, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            return riffLength + 8 <= bytes.length + 1 && riffLength >= 12
                    && (chunk.equals("VP8 ") || chunk.equals("VP8L") || chunk.equals("VP8X"));
        }
        try (var in = javax.imageio.ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
            var readers = javax.imageio.ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return false;
                }
                return reader.read(0) != null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private Refusal tooLarge() {
        return Refusal.of(ImageRefusal.TOO_LARGE, maxBytes, mebibytes());
    }

    private String mebibytes() {
        double mib = maxBytes / (1024.0 * 1024.0);
        return mib == Math.rint(mib) ? String.valueOf((long) mib) : String.format(java.util.Locale.ROOT, "%.2f", mib);
    }
}
