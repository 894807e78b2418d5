package pl.certbank.items.control;

/** Bytes that passed {@link ImageRules}, with the format their signature proved. */
public record CheckedImage(ImageFormat format, byte[] bytes) {
}
