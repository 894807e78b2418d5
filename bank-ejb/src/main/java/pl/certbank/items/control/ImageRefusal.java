package pl.certbank.items.control;

import pl.certbank.refusals.Kind;
import pl.certbank.refusals.Reason;

/** Why an image upload was not stored (nothing was), or an image not found; {0} is the size limit in bytes. */
public enum ImageRefusal implements Reason {
    EMPTY(Kind.BAD_INPUT, "The upload is empty: send the image''s bytes as the body"),
    INCOMPLETE(Kind.BAD_INPUT, "The upload broke off before the image''s end: {1}"),
    TOO_LARGE(Kind.TOO_LARGE, "The image is larger than the limit of {0} bytes ({1} MiB)"),
    NOT_AN_IMAGE(Kind.UNSUPPORTED, "The bytes are not a PNG, JPEG, GIF or WebP image{1}"),
    SVG(Kind.UNSUPPORTED, "SVG images are not accepted (they can carry scripts); send PNG, JPEG, GIF or WebP"),
    TYPE_MISMATCH(Kind.UNSUPPORTED, "The upload is declared as {1} but its bytes are {2}; declare {2}"),
    BROKEN(Kind.UNSUPPORTED, "The bytes begin like a {1} image but are not one (or have over 40 million pixels)"),
    NOT_FOUND(Kind.NOT_FOUND, "No image has the id {0}");

    private final Kind kind;
    private final String english;

    ImageRefusal(Kind kind, String english) {
        this.kind = kind;
        this.english = english;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String english() {
        return english;
    }
}
