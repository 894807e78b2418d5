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
        return new CheckedImage(format, bytes);
    }

    private Refusal tooLarge() {
        return Refusal.of(ImageRefusal.TOO_LARGE, maxBytes, mebibytes());
    }

    private String mebibytes() {
        double mib = maxBytes / (1024.0 * 1024.0);
        return mib == Math.rint(mib) ? String.valueOf((long) mib) : String.format(java.util.Locale.ROOT, "%.2f", mib);
    }
}
