package pl.certbank.printing.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.certbank.items.entity.PlainText;

/**
 * A sanitised stem as paper prints it: paragraphs (list items with a bullet) and the stored images it shows, in
 * order. The stem was sanitised when it was saved, so only the allowed tags occur; anything else is text.
 */
final class StemBlocks {

    /** A paragraph of text, or an image by its stored id (text null). */
    record Block(String text, Long image) {
    }

    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*?src=\"[^\"]*?/images/(\\d+)\"[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAK = Pattern.compile("(?i)</p>|<br\\s*/?>|</li>|</h[1-6]>|</tr>|</pre>");
    private static final Pattern ITEM = Pattern.compile("(?i)<li\\b[^>]*>");

    private StemBlocks() {
    }

    static List<Block> of(String html) {
        List<Block> blocks = new ArrayList<>();
        Matcher m = IMG.matcher(html == null ? "" : html);
        int at = 0;
        while (m.find()) {
            text(html.substring(at, m.start()), blocks);
            blocks.add(new Block(null, Long.parseLong(m.group(1))));
            at = m.end();
        }
        text(html == null ? "" : html.substring(at), blocks);
        return blocks;
    }

    private static void text(String html, List<Block> blocks) {
        String marked = ITEM.matcher(html).replaceAll("\u2022 ");
        for (String part : BREAK.split(marked)) {
            String text = PlainText.of(part);
            if (!text.isEmpty()) {
                blocks.add(new Block(text, null));
            }
        }
    }
}
