package pl.certbank.items.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import pl.certbank.refusals.Refusal;

class ImageRulesTest {

    static final byte[] PNG = image("png");
    static final byte[] JPEG = image("jpeg");
    static final byte[] GIF = image("gif");
    /** A RIFF container whose length matches, holding a VP8 chunk: what the WebP check looks at. */
    static final byte[] WEBP = webp();
    static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
            .getBytes(StandardCharsets.UTF_8);

    final ImageRules rules = new ImageRules(1024);

    @Test
    void theFourRasterFormatsAreRecognisedByTheirBytes() {
        assertEquals(ImageFormat.PNG, rules.check(PNG, "image/png").format());
        assertEquals(ImageFormat.JPEG, rules.check(JPEG, "image/jpeg").format());
        assertEquals(ImageFormat.GIF, rules.check(GIF, "image/gif").format());
        assertEquals(ImageFormat.WEBP, rules.check(WEBP, "image/webp").format());
    }

    @Test
    void withoutADeclaredTypeTheBytesDecide() {
        assertEquals(ImageFormat.PNG, rules.check(PNG, null).format());
        assertEquals(ImageFormat.GIF, rules.check(GIF, "").format());
        assertEquals(ImageFormat.JPEG, rules.check(JPEG, "application/octet-stream").format());
    }

    @Test
    void declaredTypesAreComparedWithoutParametersAndCase() {
        assertEquals(ImageFormat.PNG, rules.check(PNG, "IMAGE/PNG; name=diagram.png").format());
        assertEquals(ImageFormat.JPEG, rules.check(JPEG, "image/jpg").format());
    }

    @Test
    void aDeclaredTypeThatContradictsTheBytesIsRefused() {
        Refusal refused = assertThrows(Refusal.class, () -> rules.check(PNG, "image/jpeg"));
        assertEquals(ImageRefusal.TYPE_MISMATCH, refused.reason());
        assertTrue(refused.getMessage().contains("image/png"), refused.getMessage());
        assertEquals(ImageRefusal.TYPE_MISMATCH, assertThrows(Refusal.class,
                () -> rules.check(GIF, "text/plain")).reason());
    }

    @Test
    void textDeclaredAsAnImageIsRefused() {
        byte[] text = "To nie jest obrazek.".getBytes(StandardCharsets.UTF_8);
        Refusal refused = assertThrows(Refusal.class, () -> rules.check(text, "image/png"));
        assertEquals(ImageRefusal.NOT_AN_IMAGE, refused.reason());
        assertTrue(refused.getMessage().contains("declared as image/png"), refused.getMessage());
    }

    @Test
    void svgIsRefusedWhateverItIsCalled() {
        assertEquals(ImageRefusal.SVG, assertThrows(Refusal.class,
                () -> rules.check(SVG, "image/svg+xml")).reason());
        assertEquals(ImageRefusal.NOT_AN_IMAGE, assertThrows(Refusal.class,
                () -> rules.check(SVG, "image/png")).reason());
        assertEquals(ImageRefusal.NOT_AN_IMAGE, assertThrows(Refusal.class, () -> rules.check(SVG, null)).reason());
    }

    @Test
    void aTruncatedSignatureIsNoImage() {
        assertEquals(ImageRefusal.NOT_AN_IMAGE, assertThrows(Refusal.class,
                () -> rules.check(Arrays.copyOf(PNG, 5), "image/png")).reason());
        assertEquals(ImageRefusal.NOT_AN_IMAGE, assertThrows(Refusal.class,
                () -> rules.check("RIFF0000WAVE".getBytes(StandardCharsets.ISO_8859_1), null)).reason());
    }

    @Test
    void anEmptyUploadIsRefused() {
        assertEquals(ImageRefusal.EMPTY, assertThrows(Refusal.class, () -> rules.check(new byte[0], "image/png"))
                .reason());
        assertEquals(ImageRefusal.EMPTY, assertThrows(Refusal.class, () -> rules.read(null, "image/png")).reason());
    }

    @Test
    void theLimitItselfIsAllowedAndOneByteMoreIsNot() {
        assertEquals(1024, rules.check(padded(PNG, 1024), "image/png").bytes().length);
        Refusal refused = assertThrows(Refusal.class, () -> rules.check(padded(PNG, 1025), "image/png"));
        assertEquals(ImageRefusal.TOO_LARGE, refused.reason());
        assertEquals("1024", refused.arguments().get(0), "the refusal names the limit in force");
    }

    @Test
    void readingStopsOneByteAfterTheLimit() {
        CountingStream body = new CountingStream(padded(PNG, 10_000));
        assertEquals(ImageRefusal.TOO_LARGE, assertThrows(Refusal.class, () -> rules.read(body, "image/png"))
                .reason());
        assertEquals(1025, body.delivered);
    }

    @Test
    void readingKeepsTheBytesIntact() {
        byte[] image = padded(JPEG, 700);
        assertArrayEquals(image, rules.read(new ByteArrayInputStream(image), "image/jpeg").bytes());
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
        rules.checkDeclaredLength(null);
        rules.checkDeclaredLength(1024L);
        Refusal refused = assertThrows(Refusal.class, () -> rules.checkDeclaredLength(3L * 1024 * 1024));
        assertEquals(ImageRefusal.TOO_LARGE, refused.reason());
    }

    @Test
    void theLimitIsTwoMebibytesUnlessConfigured() {
        String before = System.getProperty(ImageRules.MAX_BYTES_PROPERTY);
        try {
            System.clearProperty(ImageRules.MAX_BYTES_PROPERTY);
            assertEquals(2 * 1024 * 1024, ImageRules.configured().maxBytes());
            System.setProperty(ImageRules.MAX_BYTES_PROPERTY, "500000");
            assertEquals(500_000, ImageRules.configured().maxBytes());
            System.setProperty(ImageRules.MAX_BYTES_PROPERTY, "dużo");
            assertEquals(2 * 1024 * 1024, ImageRules.configured().maxBytes());
        } finally {
            if (before == null) {
                System.clearProperty(ImageRules.MAX_BYTES_PROPERTY);
            } else {
                System.setProperty(ImageRules.MAX_BYTES_PROPERTY, before);
            }
        }
    }

    static byte[] padded(byte[] head, int length) {
        return Arrays.copyOf(head, length);
    }

    /** A real 2×2 image in the format, as the JDK writes it. */
    static byte[] image(String format) {
        var picture = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(picture, format, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] webp() {
        byte[] bytes = Arrays.copyOf("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), 44);
        bytes[4] = 36;
        return bytes;
    }

    @Test
    void aSignatureWithoutAnImageBehindItIsRefused() {
        byte[] signatureOnly = Arrays.copyOf(PNG, 8);
        assertEquals(ImageRefusal.BROKEN, assertThrows(Refusal.class, () -> rules.check(signatureOnly, "image/png"))
                .reason());
        byte[] cutJpeg = Arrays.copyOf(JPEG, 20);
        assertEquals(ImageRefusal.BROKEN, assertThrows(Refusal.class, () -> rules.check(cutJpeg, null)).reason());
        byte[] lyingWebp = WEBP.clone();
        lyingWebp[4] = 120;
        assertEquals(ImageRefusal.BROKEN, assertThrows(Refusal.class, () -> rules.check(lyingWebp, "image/webp"))
                .reason());
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /** Counts how many bytes the rules took from the stream. */
    private static final class CountingStream extends InputStream {
        private final byte[] bytes;
        int delivered;

        CountingStream(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return delivered < bytes.length ? bytes[delivered++] & 0xFF : -1;
        }
    }
}
