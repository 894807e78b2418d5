package pl.certbank.printing.control;

/** Small text helpers for paper documents. */
final class Texts {

    private Texts() {
    }

    /** {@code text} cut with an ellipsis so that it fits {@code width} mm at {@code size} points. */
    static String fit(PaperPdf pdf, String text, double size, double width) {
        if (pdf.width(text, size) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && pdf.width(cut + "…", size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
