package pl.certbank.publishing.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A variant of a published form as a QTI 3.0 content package (a ZIP), for delivery systems and players outside
 * CertBank: {@code imsmanifest.xml} ({@link QtiManifest}), one {@code assessment-test.xml} with the items in the
 * variant's order and the form's time limit, one {@code items/<reference>.xml} per item ({@link QtiItem}) with its
 * options in the variant's arrangement, and the stored images under {@code images/<id>.<ext>}.
 *
 * <p>Every item scores as CertBank scores it, partial credit included (see {@link QtiScoring}); the browser tests
 * prove it in the 1EdTech-certified qti3-item-player for every type. What a player may still do otherwise: shares of
 * points are sums of shares written to 10 decimal places (CertBank rounds once, to 4); a number typed with a decimal
 * comma ("3,5") is read by the player (qti3-item-player reads it as CertBank does, but QTI floats have no comma and a
 * stricter player may score it 0); and short-answer folding covers Latin letters typed precomposed (see
 * {@link QtiTextPattern}). The same snapshot, variant and images always give the same bytes: entries in a fixed
 * order, each with the same fixed time and no extra fields.
 */
public final class QtiPackage {

    /** A stored image the stems show: its proved content type and its bytes. */
    public record Image(String contentType, byte[] bytes) {
    }

    static final String MANIFEST = "imsmanifest.xml";
    static final String TEST = "assessment-test.xml";

    /** 1980-01-01, the first time a ZIP entry can carry: no clock, no time zone. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private QtiPackage() {
    }

    /**
     * The package of {@code variant} of {@code snapshot}; {@code images} holds at least every image the stems show.
     *
     * @throws IllegalArgumentException when a stem shows an image that {@code images} lacks
     */
    public static byte[] write(Snapshot snapshot, Variant variant, Map<Long, Image> images) {
        QtiManifest manifest = new QtiManifest(snapshot, variant);
        Map<String, byte[]> itemFiles = new LinkedHashMap<>();
        Map<Snapshot.Item, TreeSet<Long>> shown = new LinkedHashMap<>();
        for (int formPosition : variant.items()) {
            Snapshot.Item item = snapshot.items().get(formPosition);
            TreeSet<Long> ids = new TreeSet<>();
            shown.put(item, ids);
            itemFiles.put(manifest.itemHref(item), QtiItem.write(item, manifest.itemIdentifier(item),
                    variant.arrangements().get(formPosition), id -> {
                        ids.add(id);
                        return "../" + imageHref(id, images);
                    }));
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(MANIFEST, manifest.write(shown, id -> imageHref(id, images)));
        entries.put(TEST, manifest.test(List.copyOf(shown.keySet())));
        entries.putAll(itemFiles);
        shown.values().stream().flatMap(TreeSet::stream).distinct().sorted()
                .forEach(id -> entries.put(imageHref(id, images), images.get(id).bytes()));
        return zip(entries);
    }

    /** An image's path in the package: {@code images/<id>.<ext>}, the extension from its content type. */
    static String imageHref(long id, Map<Long, Image> images) {
        Image image = images.get(id);
        if (image == null) {
            throw new IllegalArgumentException("A stem shows image " + id + ", which the export was not given");
        }
        String subtype = image.contentType().substring(image.contentType().indexOf('/') + 1)
                .toLowerCase(java.util.Locale.ROOT);
        String extension = switch (subtype) {
            case "jpeg" -> "jpg";
            case "svg+xml" -> "svg";
            default -> subtype.replaceAll("[^a-z0-9]", "");
        };
        return "images/" + id + "." + extension;
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
