package pl.certbank.printing.control;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pl.certbank.items.entity.PlainText;
import pl.certbank.items.entity.answers.Choice;
import pl.certbank.items.entity.answers.Matching;
import pl.certbank.items.entity.answers.Ordering;
import pl.certbank.items.entity.answers.ShortAnswer;
import pl.certbank.items.entity.answers.TrueFalse;
import pl.certbank.publishing.control.Snapshot;
import pl.certbank.publishing.control.Variant;

/**
 * The commission's answer key and scoring template of one copy: for every item in the copy's order its number, the
 * bank's reference, the key as the answer sheet shows it (letters of this copy's arrangement, "P"/"F", premise–letter
 * pairs, letter–position pairs, accepted short answers) and the points, with the pass mark. A separate document, never
 * part of the candidates' bundle: it is printed only for the roles that may see keys.
 */
public final class KeyPdf {

    private KeyPdf() {
    }

    public static byte[] of(PaperCopy copy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(copy, out);
        return out.toByteArray();
    }

    public static void write(PaperCopy copy, OutputStream out) {
        Snapshot snapshot = copy.snapshot();
        PaperPdf pdf = PaperPdf.open(out, "Klucz odpowiedzi " + snapshot.code() + " " + copy.label(),
                copy.identity("key"), copy.published());
        Document document = pdf.document();
        document.setMargins(18 * PaperPdf.MM, 18 * PaperPdf.MM, 18 * PaperPdf.MM, 18 * PaperPdf.MM);
        pdf.newPage();
        Font title = new Font(pdf.font(), 14);
        Font text = new Font(pdf.font(), 9.5f);
        Font bold = new Font(pdf.font(), 9.5f, Font.BOLD);
        document.add(new Paragraph(" ", text)); // in the embedded font: no standard font enters the PDF
        document.add(paragraph("Klucz odpowiedzi — wyłącznie dla komisji", title, 3));
        document.add(paragraph(snapshot.qualification().name() + " (" + snapshot.qualification().code() + ")", text,
                2));
        document.add(paragraph("Formularz " + snapshot.code() + " · " + copy.label() + " · SHA-256 "
                + copy.snapshotHash().substring(0, 16), text, 2));
        BigDecimal total = snapshot.items().stream().map(i -> i.rule().points()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        document.add(paragraph("Liczba zadań: " + snapshot.items().size() + " · maksimum punktów: "
                + plain(total) + " · próg zaliczenia: " + passMark(snapshot),
                text, 6));
        PdfPTable table = new PdfPTable(new float[] {1f, 2.4f, 3.4f, 8f, 2.4f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String head : List.of("Nr", "Zadanie (kod)", "Typ", "Klucz", "Pkt")) {
            table.addCell(cell(head, bold));
        }
        int shown = 0;
        for (int position : copy.variant().items()) {
            shown++;
            Snapshot.Item item = snapshot.items().get(position);
            table.addCell(cell(shown + ".", text));
            table.addCell(cell(item.reference(), text));
            table.addCell(cell(type(item), text));
            table.addCell(cell(key(item, position, copy.variant()), text));
            table.addCell(cell(plain(item.rule().points()) + (item.rule().partialCredit() ? " (częściowo)" : ""),
                    text));
        }
        document.add(table);
        pdf.close();
    }

    /** The key of one item as this copy's answer sheet shows it. */
    public static String key(Snapshot.Item item, int position, Variant variant) {
        List<List<String>> arranged = variant.arrangements().get(position);
        return switch (item.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
                Choice.Picked key = ((Choice) item.answer()).key();
                List<String> letters = new ArrayList<>();
                List<String> order = arranged.get(0);
                for (int k = 0; k < order.size(); k++) {
                    if (key.selected().contains(order.get(k))) {
                        letters.add(pl.certbank.publishing.control.Variants.name(k));
                    }
                }
                yield String.join(", ", letters);
            }
            case TRUE_FALSE -> ((TrueFalse) item.answer()).key().answer() ? "P (prawda)" : "F (fałsz)";
            case MATCHING -> {
                Map<String, String> key = ((Matching) item.answer()).key().matches();
                List<String> premises = arranged.get(0);
                List<String> pairs = new ArrayList<>();
                for (int k = 0; k < premises.size(); k++) {
                    String response = key.get(premises.get(k));
                    pairs.add((k + 1) + "–" + (response == null ? "·" : variant.letter(position, response)));
                }
                yield String.join(", ", pairs);
            }
            case ORDERING -> {
                List<String> order = ((Ordering) item.answer()).key().order();
                List<String> elements = arranged.get(0);
                List<String> pairs = new ArrayList<>();
                for (int k = 0; k < elements.size(); k++) {
                    pairs.add(pl.certbank.publishing.control.Variants.name(k) + "–"
                            + (order.indexOf(elements.get(k)) + 1));
                }
                yield String.join(", ", pairs);
            }
            case SHORT_ANSWER -> {
                ShortAnswer answer = (ShortAnswer) item.answer();
                String accepted = String.join(" | ", answer.accepted().stream().map(PlainText::spaced).toList());
                yield "ocenia komisja; uznawane: " + accepted
                        + (answer.tolerance() != null ? " (± " + plain(answer.tolerance()) + ")" : "");
            }
        };
    }

    private static String type(Snapshot.Item item) {
        return switch (item.type()) {
            case SINGLE_CHOICE -> "jednokrotny wybór";
            case MULTIPLE_RESPONSE -> "wielokrotny wybór";
            case TRUE_FALSE -> "prawda/fałsz";
            case MATCHING -> "dopasowanie";
            case ORDERING -> "kolejność";
            case SHORT_ANSWER -> "krótka odpowiedź";
        };
    }

    private static String passMark(Snapshot snapshot) {
        var mark = snapshot.passMark();
        if (mark == null) {
            return "—";
        }
        return mark.points() != null ? plain(mark.points()) + " pkt" : plain(mark.percent()) + " %";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static Paragraph paragraph(String text, Font font, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingAfter(after);
        return p;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Paragraph(text, font));
        cell.setPadding(2.5f);
        return cell;
    }
}
