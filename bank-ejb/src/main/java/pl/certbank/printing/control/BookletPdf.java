package pl.certbank.printing.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.LongFunction;
import pl.certbank.items.entity.PlainText;
import pl.certbank.items.entity.answers.Choice;
import pl.certbank.items.entity.answers.Labelled;
import pl.certbank.items.entity.answers.Matching;
import pl.certbank.items.entity.answers.Ordering;
import pl.certbank.publishing.control.Snapshot;
import pl.certbank.publishing.control.Variants;

/**
 * The question booklet of one copy: a header with the qualification, form code and copy, fields for the candidate's
 * name and ID, the instructions (time limit, how to mark and how to cancel a mark on the answer sheet), then the
 * items in the copy's order with their options lettered as on the answer sheet, each kept whole on one page, with
 * "Strona x z y" and the snapshot hash's prefix on every page. The booklet carries no key: nothing of an item's
 * answer but what a candidate sees.
 */
public final class BookletPdf {

    private static final float MARGIN = 18 * PaperPdf.MM;

    private BookletPdf() {
    }

    /** Images by stored id (the stem's {@code <img>}); null when an image is gone (the booklet says so). */
    public static byte[] of(PaperCopy copy, LongFunction<byte[]> images) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(copy, images, out);
        return out.toByteArray();
    }

    public static void write(PaperCopy copy, LongFunction<byte[]> images, OutputStream out) {
        Snapshot snapshot = copy.snapshot();
        PaperPdf pdf = PaperPdf.open(out, "Arkusz testu " + snapshot.code() + " " + copy.label(),
                copy.identity("booklet"), copy.published());
        Document document = pdf.document();
        document.setMargins(MARGIN, MARGIN, 22 * PaperPdf.MM, 18 * PaperPdf.MM);
        Pages pages = new Pages(pdf, copy);
        pdf.writer().setPageEvent(pages);
        // the margins apply from the next page on: the first page starts after them too
        pdf.newPage();
        Font title = new Font(pdf.font(), 15);
        Font text = new Font(pdf.font(), 10.5f);
        Font small = new Font(pdf.font(), 9);
        Font bold = new Font(pdf.font(), 10.5f, Font.BOLD);
        document.add(new Paragraph(" ", text)); // in the embedded font: no standard font enters the PDF
        document.add(paragraph("Arkusz testu teoretycznego", title, 2));
        document.add(paragraph(snapshot.title(), bold, 2));
        document.add(paragraph(snapshot.qualification().name() + " (" + snapshot.qualification().code() + ")", text,
                2));
        document.add(paragraph("Formularz " + snapshot.code() + " · " + copy.label() + " · czas: "
                + snapshot.timeLimitMinutes() + " min", text, 8));
        PdfPTable fields = new PdfPTable(new float[] {1, 1});
        fields.setWidthPercentage(100);
        fields.addCell(field("Imię i nazwisko kandydata", small));
        fields.addCell(field("Numer identyfikacyjny (PESEL)", small));
        document.add(fields);
        document.add(paragraph("Instrukcja", bold, 2));
        for (String line : List.of(
                "Test składa się z " + snapshot.items().size() + " zadań; na rozwiązanie masz "
                        + snapshot.timeLimitMinutes() + " minut.",
                "Odpowiedzi zaznaczaj wyłącznie na karcie odpowiedzi; zapisy w tym arkuszu nie są oceniane.",
                AnswerSheetPdf.HOW_TO_MARK + " " + AnswerSheetPdf.HOW_TO_CANCEL,
                "W zadaniach na dopasowanie zaznacz w każdym wierszu (element 1, 2, …) jedną literę odpowiedzi; "
                        + "w zadaniach na kolejność zaznacz przy każdej literze jej miejsce (1, 2, …).",
                "Odpowiedzi krótkie wpisz czytelnie w ramkę na karcie odpowiedzi.")) {
            document.add(paragraph("– " + line, small, 1));
        }
        document.add(paragraph(" ", small, 4));
        int shown = 0;
        for (int position : copy.variant().items()) {
            shown++;
            document.add(item(pdf, copy, shown, position, images, text, small, bold));
        }
        pdf.close();
    }

    private static PdfPTable item(PaperPdf pdf, PaperCopy copy, int shown, int position,
            LongFunction<byte[]> images, Font text, Font small, Font bold) {
        Snapshot.Item item = copy.snapshot().items().get(position);
        List<List<String>> arranged = copy.variant().arrangements().get(position);
        PdfPTable table = new PdfPTable(new float[] {1, 14});
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingAfter(7);
        table.setSplitLate(false);
        PdfPCell number = cell(new Paragraph(shown + ".", bold));
        table.addCell(number);
        PdfPCell body = cell(null);
        for (StemBlocks.Block block : StemBlocks.of(item.stem())) {
            if (block.text() != null) {
                body.addElement(paragraph(block.text(), text, 3));
            } else {
                body.addElement(image(images.apply(block.image()), small));
            }
        }
        String points = "(" + PlainText.spaced(item.rule().points().stripTrailingZeros().toPlainString()) + " pkt)";
        switch (item.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
                Choice.View view = (Choice.View) item.view();
                body.addElement(paragraph((view.multiple() ? "Zaznacz wszystkie poprawne odpowiedzi. "
                        : "Zaznacz jedną odpowiedź. ") + points, small, 2));
                List<String> order = arranged.get(0);
                for (int k = 0; k < order.size(); k++) {
                    body.addElement(paragraph(Variants.name(k) + ". " + text(view.options(), order.get(k)), text,
                            1));
                }
            }
            case TRUE_FALSE -> body.addElement(paragraph("Zaznacz P (prawda) albo F (fałsz). " + points, small, 2));
            case MATCHING -> {
                Matching.View view = (Matching.View) item.view();
                body.addElement(paragraph("Do każdego elementu 1, 2, … dopasuj jedną odpowiedź A, B, … " + points,
                        small, 2));
                PdfPTable pairs = new PdfPTable(2);
                pairs.setWidthPercentage(100);
                List<String> premises = arranged.get(0);
                List<String> responses = arranged.get(1);
                for (int k = 0; k < Math.max(premises.size(), responses.size()); k++) {
                    pairs.addCell(cell(k < premises.size() ? paragraph((k + 1) + ". " + text(view.premises(),
                            premises.get(k)), text, 1) : null));
                    pairs.addCell(cell(k < responses.size() ? paragraph(Variants.name(k) + ". " + text(
                            view.responses(), responses.get(k)), text, 1) : null));
                }
                body.addElement(pairs);
            }
            case ORDERING -> {
                Ordering.View view = (Ordering.View) item.view();
                body.addElement(paragraph("Ustal kolejność: przy każdej literze zaznacz jej miejsce 1, 2, … "
                        + points, small, 2));
                List<String> elements = arranged.get(0);
                for (int k = 0; k < elements.size(); k++) {
                    body.addElement(paragraph(Variants.name(k) + ". " + text(view.elements(), elements.get(k)),
                            text, 1));
                }
            }
            case SHORT_ANSWER -> body.addElement(paragraph("Wpisz odpowiedź w ramkę na karcie odpowiedzi. " + points,
                    small, 2));
        }
        table.addCell(body);
        return table;
    }

    private static String text(List<Labelled> texts, String id) {
        return texts.stream().filter(t -> t.id().equals(id)).findFirst().map(t -> PlainText.spaced(t.text()))
                .orElse("");
    }

    private static Element image(byte[] bytes, Font small) {
        if (bytes == null) {
            return paragraph("[ilustracja niedostępna]", small, 2);
        }
        try {
            Image image = Image.getInstance(bytes);
            float max = 150 * PaperPdf.MM;
            float maxHeight = 90 * PaperPdf.MM;
            image.scaleToFit(Math.min(max, image.getWidth()), Math.min(maxHeight, image.getHeight()));
            image.setSpacingAfter(3);
            return image;
        } catch (IOException | RuntimeException e) {
            return paragraph("[ilustracja, której nie da się wydrukować]", small, 2);
        }
    }

    private static Paragraph paragraph(String text, Font font, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingAfter(after);
        return p;
    }

    private static PdfPCell cell(Paragraph content) {
        PdfPCell cell = content == null ? new PdfPCell() : new PdfPCell(content);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(1.5f);
        return cell;
    }

    private static PdfPCell field(String label, Font small) {
        PdfPCell cell = new PdfPCell(new Paragraph(label, small));
        cell.setFixedHeight(12 * PaperPdf.MM);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    /** "Strona x z y" with y filled in at the end, and the snapshot hash's prefix, on every page. */
    private static final class Pages extends PdfPageEventHelper {
        private final PaperPdf pdf;
        private final PaperCopy copy;
        private PdfTemplate total;

        Pages(PaperPdf pdf, PaperCopy copy) {
            this.pdf = pdf;
            this.copy = copy;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte c = writer.getDirectContent();
            if (total == null) {
                // the document is open before this event is set, so the template is made at the first page's end
                total = c.createTemplate(20 * PaperPdf.MM, 5 * PaperPdf.MM);
            }
            String page = "Strona " + writer.getPageNumber() + " z ";
            pdf.text(18, 12, 8, false, copy.snapshot().code() + " · " + copy.label());
            double width = pdf.width(page, 8);
            pdf.text(192 - 12 - width, 12, 8, false, page);
            c.addTemplate(total, PaperPdf.px(192 - 12), PaperPdf.py(12));
            pdf.text(18, 288, 7, false, "SHA-256 " + copy.snapshotHash().substring(0, 16) + " · "
                    + copy.snapshot().qualification().code());
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(pdf.font(), 8);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }

}
