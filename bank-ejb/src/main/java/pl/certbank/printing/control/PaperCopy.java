package pl.certbank.printing.control;

import java.time.Instant;
import pl.certbank.publishing.control.Snapshot;
import pl.certbank.publishing.control.Variant;

/**
 * One printable copy of a published form: the snapshot and its hash, when it was published (the date every document
 * of it carries), the variant it is arranged by, the tag its QR codes carry ({@code C<id>} for a print job's copy,
 * {@code V<name>} for a named variant) and the label printed in its header.
 */
public record PaperCopy(Snapshot snapshot, String snapshotHash, Instant published, Variant variant, String tag,
        String label) {

    /** The QR text of page {@code page} of {@code pages}. */
    public String code(int page, int pages) {
        return new SheetCode(snapshot.code(), tag, page, pages, snapshotHash.substring(0, 12)).text();
    }

    /** What identifies a document of this copy, for its id and font-subset prefix. */
    public String identity(String kind) {
        return snapshotHash + "|" + tag + "|" + variant.seed() + "|" + kind;
    }
}
