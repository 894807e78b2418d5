package pl.certbank.printing.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the QR code on every answer-sheet page says: {@code CB1|form code|copy|page|pages|hash}, where copy is
 * {@code C<id>} for a printed copy of a print job (its own seed, stored before printing) or {@code V<name>} for a
 * named variant's sheet, and hash the first 12 hex digits of the snapshot's SHA-256. A page is matched to its copy by
 * this code alone, never by the order of the scanned files.
 */
public record SheetCode(String form, String copy, int page, int pages, String hash) {

    private static final Pattern CODE = Pattern.compile(
            "CB1\\|([^|]{1,100})\\|((?:C[0-9]{1,18})|(?:V[A-Z0-9]{1,24}))\\|([0-9]{1,3})\\|([0-9]{1,3})\\|([0-9a-f]{12})");

    public static final String COPY = "C";
    public static final String VARIANT = "V";

    public String text() {
        return "CB1|" + form + "|" + copy + "|" + page + "|" + pages + "|" + hash;
    }

    /** The code a scanned QR code says, if it is one of ours. */
    public static Optional<SheetCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int page = Integer.parseInt(m.group(3));
        int pages = Integer.parseInt(m.group(4));
        if (page < 1 || page > pages) {
            return Optional.empty();
        }
        return Optional.of(new SheetCode(m.group(1), m.group(2), page, pages, m.group(5)));
    }

    /** The print-job copy's id, if this is a copy's page. */
    public Optional<Long> copyId() {
        return copy.startsWith(COPY) ? Optional.of(Long.parseLong(copy.substring(1))) : Optional.empty();
    }

    /** The named variant, if this is a named variant's page. */
    public Optional<String> variant() {
        return copy.startsWith(VARIANT) ? Optional.of(copy.substring(1)) : Optional.empty();
    }
}
