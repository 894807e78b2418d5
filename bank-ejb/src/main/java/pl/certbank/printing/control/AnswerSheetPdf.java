package pl.certbank.printing.control;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The answer sheet of one copy, drawn from its {@link SheetLayout}: registration marks in the corners, the QR code
 * ({@link SheetCode}) on every page, the candidate's name box and ID grid on page 1 with the rule for marking and for
 * cancelling a mark, and each item's bubbles. Designed for 150–300 dpi office scanners in greyscale or black and
 * white: black on white only, bubbles outlined with a 0.25 mm line, nothing printed inside a bubble.
 */
public final class AnswerSheetPdf {

    /** How to mark and how to cancel, as printed (the reader's thresholds follow this convention). */
    public static final String HOW_TO_MARK = "Zaznacz odpowiedź, stawiając krzyżyk (X) w kółku.";
    public static final String HOW_TO_CANCEL = "Aby anulować zaznaczenie, zamaluj całe kółko na czarno.";
    public static final String HOW_NOT = "Nie pisz niczego poza kółkami i ramkami; nie zaginaj karty.";

    private AnswerSheetPdf() {
    }

    public static byte[] of(PaperCopy copy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(copy, out);
        return out.toByteArray();
    }

    public static void write(PaperCopy copy, OutputStream out) {
        List<SheetLayout.Page> pages = SheetLayout.of(copy.snapshot(), copy.variant());
        PaperPdf pdf = PaperPdf.open(out, "Karta odpowiedzi " + copy.snapshot().code() + " " + copy.label(),
                copy.identity("answer-sheet"), copy.published());
        for (SheetLayout.Page page : pages) {
            if (page.number() > 1) {
                pdf.newPage();
            }
            draw(pdf, copy, page);
        }
        pdf.close();
    }

    static void draw(PaperPdf pdf, PaperCopy copy, SheetLayout.Page page) {
        for (double[] mark : SheetLayout.MARKS) {
            pdf.fillSquare(mark[0], mark[1], SheetLayout.MARK);
        }
        pdf.qr(copy.code(page.number(), page.pages()), SheetLayout.QR_X, SheetLayout.QR_Y, SheetLayout.QR_SIZE);
        pdf.text(18, 20, 12, true, "Karta odpowiedzi");
        pdf.text(18, 25.5, 8, false, Texts.fit(pdf, copy.snapshot().qualification().name(), 8, 145));
        pdf.text(18, 30.5, 9, false, "Formularz " + copy.snapshot().code() + " · " + copy.label());
        pdf.text(18, 35.5, 9, true, "Strona " + page.number() + " z " + page.pages());
        if (page.number() == 1) {
            pdf.text(18, 42, 8, false, "Imię i nazwisko:");
            pdf.rectangle(42, 37.5, 110, 6.5, 0.25);
            pdf.text(18, 49, 7, false, "Numer identyfikacyjny kandydata (PESEL): wpisz cyfry i zaznacz je");
            double x = 95;
            pdf.text(x, 56, 9, true, "Jak zaznaczać");
            pdf.text(x, 61, 8, false, HOW_TO_MARK);
            example(pdf, x + 3, 65, false);
            pdf.text(x + 8, 66, 8, false, "— zaznaczone");
            pdf.text(x, 73, 8, false, HOW_TO_CANCEL);
            example(pdf, x + 3, 77, true);
            pdf.text(x + 8, 78, 8, false, "— anulowane (nie liczy się)");
            pdf.text(x, 85, 8, false, "Anulowanego kółka nie można zaznaczyć ponownie;");
            pdf.text(x, 89, 8, false, "odpowiedź, której nie ma, zostaw pustą.");
            pdf.text(x, 95, 8, false, HOW_NOT);
            pdf.text(x, 100, 8, false, "Odpowiedzi krótkie wpisz w ramki; ocenia je komisja.");
            pdf.line(18, 110, 192, 110, 0.2);
        } else {
            pdf.line(18, 44, 192, 44, 0.2);
        }
        for (SheetLayout.Text text : page.texts()) {
            pdf.text(text.x(), text.y(), text.size(), text.bold(), text.text());
        }
        for (SheetLayout.Box box : page.boxes()) {
            pdf.rectangle(box.x(), box.y(), box.width(), box.height(), 0.25);
        }
        for (SheetLayout.Bubble bubble : page.bubbles()) {
            pdf.circle(bubble.x(), bubble.y(), SheetLayout.RADIUS, 0.25);
        }
        pdf.text(18, 293, 6.5, false, "SHA-256 " + copy.snapshotHash().substring(0, 16) + " · " + copy.code(
                page.number(), page.pages()));
    }

    private static void example(PaperPdf pdf, double x, double y, boolean cancelled) {
        double r = SheetLayout.RADIUS;
        pdf.circle(x, y, r, 0.25);
        if (cancelled) {
            pdf.fillCircle(x, y, r);
        } else {
            double d = r * 0.7;
            pdf.line(x - d, y - d, x + d, y + d, 0.5);
            pdf.line(x - d, y + d, x + d, y - d, 0.5);
        }
    }
}
