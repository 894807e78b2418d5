package pl.certbank.printing.control;

import java.util.ArrayList;
import java.util.List;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.answers.Choice;
import pl.certbank.items.entity.answers.AnswerView;
import pl.certbank.items.entity.answers.Matching;
import pl.certbank.items.entity.answers.Ordering;
import pl.certbank.publishing.control.Snapshot;
import pl.certbank.publishing.control.Variant;
import pl.certbank.publishing.control.Variants;

/**
 * Where everything sits on the answer sheets of one variant: pages of A4 portrait, millimetres from the page's top-left
 * corner. The same snapshot and variant always give the same layout, so that the scanner recomputes it from a page's
 * QR code instead of storing it, and the PDF writer ({@link AnswerSheetPdf}) and the reader ({@link SheetReader})
 * cannot disagree. Every page has four registration marks (filled squares) at {@link #MARKS} and a QR code at
 * {@link #QR_X}, {@link #QR_Y}; page 1 also has the candidate-ID grid. Items are blocks that never split across
 * pages: choice and true/false items share a row two by two; matching (premise × response letter), ordering (element
 * × position) and short-answer boxes take the full width.
 */
public final class SheetLayout {

    public static final double WIDTH = 210;
    public static final double HEIGHT = 297;
    /** Side of a registration mark. */
    public static final double MARK = 6;
    /** Centres of the registration marks: top left, top right, bottom left, bottom right. */
    public static final double[][] MARKS = {{10, 10}, {200, 10}, {10, 287}, {200, 287}};
    public static final double QR_X = 168;
    public static final double QR_Y = 16;
    /** Side of the QR code, its quiet zone included. */
    public static final double QR_SIZE = 26;
    public static final double RADIUS = 2.2;
    /** Digits of the candidate-ID grid (a PESEL has 11). */
    public static final int ID_DIGITS = 11;

    static final double LEFT = 18;
    static final double RIGHT = 192;
    static final double HALF = (RIGHT - LEFT) / 2;
    static final double FIRST_TOP = 113;
    static final double TOP = 48;
    static final double BOTTOM = 280;
    static final double PITCH = 9;
    static final double GRID = 7;
    static final double ROW = 6;

    private SheetLayout() {
    }

    /** What a bubble stands for. */
    public enum Kind {
        /** A digit of the candidate's ID: row is the digit's place (0-based), column the digit. */
        DIGIT,
        /** A choice option: column is the option id. */
        OPTION,
        /** A true/false judgement: column is "true" or "false". */
        JUDGEMENT,
        /** A matching cell: row is the premise id, column the response id. */
        MATCH,
        /** An ordering cell: row is the element id, column the position (1-based). */
        ORDER
    }

    /**
     * One bubble: its index on the page, kind, the item's form position (0-based; -1 for the ID grid) and reference,
     * row and column ids, and its centre.
     */
    public record Bubble(int index, Kind kind, int formPosition, String reference, String row, String column,
            double x, double y) {
    }

    /** A text to print: left edge, baseline, size in points, bold or not. */
    public record Text(double x, double y, double size, boolean bold, String text) {
    }

    /** A rectangle to draw (a write-in box): top-left corner and size. */
    public record Box(double x, double y, double width, double height) {
    }

    /** One item's place on a page: its shown number, the rectangle it takes, and what kind of item it is. */
    public record Block(int shown, int formPosition, String reference, ItemType type, double x, double y,
            double width, double height) {
    }

    /** One page of the sheet: number (1-based) of {@code pages}, and what it holds. */
    public record Page(int number, int pages, List<Bubble> bubbles, List<Text> texts, List<Box> boxes,
            List<Block> blocks) {

        public Page {
            bubbles = List.copyOf(bubbles);
            texts = List.copyOf(texts);
            boxes = List.copyOf(boxes);
            blocks = List.copyOf(blocks);
        }
    }

    /** The pages of the answer sheet of {@code variant} of {@code snapshot}. */
    public static List<Page> of(Snapshot snapshot, Variant variant) {
        List<Draft> drafts = new ArrayList<>();
        Draft page = new Draft(true);
        drafts.add(page);
        double y = FIRST_TOP;
        boolean rightHalf = false;
        double rowHeight = 0;
        int shown = 0;
        for (int position : variant.items()) {
            shown++;
            Snapshot.Item item = snapshot.items().get(position);
            boolean narrow = item.type() == ItemType.SINGLE_CHOICE || item.type() == ItemType.MULTIPLE_RESPONSE
                    || item.type() == ItemType.TRUE_FALSE;
            double height = height(item);
            if (!narrow || !rightHalf) {
                if (rightHalf || rowHeight > 0) {
                    y += rowHeight;
                }
                rightHalf = false;
                rowHeight = 0;
            }
            if (y + height > BOTTOM) {
                page = new Draft(false);
                drafts.add(page);
                y = TOP;
                rightHalf = false;
                rowHeight = 0;
            }
            double x = narrow && rightHalf ? LEFT + HALF : LEFT;
            place(page, shown, position, item, variant, x, y);
            if (narrow) {
                rowHeight = Math.max(rowHeight, height);
                rightHalf = !rightHalf;
                if (!rightHalf) {
                    y += rowHeight;
                    rowHeight = 0;
                }
            } else {
                y += height;
            }
        }
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            pages.add(new Page(i + 1, drafts.size(), d.bubbles, d.texts, d.boxes, d.blocks));
        }
        return pages;
    }

    static double height(Snapshot.Item item) {
        return switch (item.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE -> 8;
            case MATCHING -> 9 + ROW * ((Matching.View) item.view()).premises().size();
            case ORDERING -> 9 + ROW * ((Ordering.View) item.view()).elements().size();
            case SHORT_ANSWER -> 20;
        };
    }

    private static void place(Draft page, int shown, int position, Snapshot.Item item, Variant variant, double x,
            double y) {
        List<List<String>> arranged = variant.arrangements().get(position);
        page.blocks.add(new Block(shown, position, item.reference(), item.type(), x, y,
                item.type() == ItemType.SINGLE_CHOICE
                        || item.type() == ItemType.MULTIPLE_RESPONSE || item.type() == ItemType.TRUE_FALSE ? HALF
                                : RIGHT - LEFT,
                height(item)));
        double mid = y + 4;
        page.texts.add(new Text(x, mid + 1.3, 10, true, shown + "."));
        switch (item.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
                List<String> options = arranged.isEmpty() ? AnswerView.ids(((Choice.View) item.view()).options())
                        : arranged.get(0);
                for (int k = 0; k < options.size(); k++) {
                    double bx = x + 16 + k * PITCH;
                    page.texts.add(new Text(bx - 5.2, mid + 1.2, 8, false, Variants.name(k)));
                    page.bubble(Kind.OPTION, position, item.reference(), null, options.get(k), bx, mid);
                }
            }
            case TRUE_FALSE -> {
                page.texts.add(new Text(x + 16 - 5.2, mid + 1.2, 8, false, "P"));
                page.bubble(Kind.JUDGEMENT, position, item.reference(), null, "true", x + 16, mid);
                page.texts.add(new Text(x + 16 + PITCH - 5.2, mid + 1.2, 8, false, "F"));
                page.bubble(Kind.JUDGEMENT, position, item.reference(), null, "false", x + 16 + PITCH, mid);
            }
            case MATCHING -> {
                Matching.View view = (Matching.View) item.view();
                List<String> premises = arranged.isEmpty() ? AnswerView.ids(view.premises()) : arranged.get(0);
                List<String> responses = arranged.isEmpty() ? AnswerView.ids(view.responses()) : arranged.get(1);
                List<String> columns = new ArrayList<>();
                for (int k = 0; k < responses.size(); k++) {
                    columns.add(Variants.name(k));
                }
                grid(page, Kind.MATCH, position, item.reference(), premises, responses, rowNumbers(premises.size()),
                        columns, x, y);
            }
            case ORDERING -> {
                Ordering.View view = (Ordering.View) item.view();
                List<String> elements = arranged.isEmpty() ? AnswerView.ids(view.elements()) : arranged.get(0);
                List<String> positions = new ArrayList<>();
                List<String> rows = new ArrayList<>();
                for (int k = 0; k < elements.size(); k++) {
                    positions.add(String.valueOf(k + 1));
                    rows.add(Variants.name(k));
                }
                grid(page, Kind.ORDER, position, item.reference(), elements, positions, rows, positions, x, y);
            }
            case SHORT_ANSWER -> {
                page.texts.add(new Text(x + 8, mid + 1.2, 7, false,
                        "Odpowiedź krótka (wpisz w ramkę; ocenia komisja)"));
                page.boxes.add(new Box(x + 8, y + 6.5, RIGHT - LEFT - 8, 12));
            }
        }
    }

    private static List<String> rowNumbers(int n) {
        List<String> rows = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            rows.add(String.valueOf(k + 1));
        }
        return rows;
    }

    private static void grid(Draft page, Kind kind, int position, String reference, List<String> rowIds,
            List<String> columnIds, List<String> rowLabels, List<String> columnLabels, double x, double y) {
        double headY = y + 4;
        for (int c = 0; c < columnIds.size(); c++) {
            double bx = x + 22 + c * GRID;
            page.texts.add(new Text(bx - 1.2, headY + 1.3, 7, true, columnLabels.get(c)));
        }
        for (int r = 0; r < rowIds.size(); r++) {
            double by = y + 9 + r * ROW - 0.5;
            page.texts.add(new Text(x + 10, by + 1.2, 8, false, rowLabels.get(r)));
            for (int c = 0; c < columnIds.size(); c++) {
                page.bubble(kind, position, reference, rowIds.get(r), columnIds.get(c), x + 22 + c * GRID, by);
            }
        }
    }

    /** The bubbles of the candidate-ID grid: one column per digit place, digits 0–9 downwards. */
    static final double ID_X = 24;
    static final double ID_Y = 61;
    static final double ID_PITCH_X = 6;
    static final double ID_PITCH_Y = 5;

    private static final class Draft {
        final List<Bubble> bubbles = new ArrayList<>();
        final List<Text> texts = new ArrayList<>();
        final List<Box> boxes = new ArrayList<>();
        final List<Block> blocks = new ArrayList<>();

        Draft(boolean first) {
            if (first) {
                for (int place = 0; place < ID_DIGITS; place++) {
                    double bx = ID_X + place * ID_PITCH_X;
                    boxes.add(new Box(bx - 2.6, ID_Y - 10, 5.2, 5.5));
                    for (int digit = 0; digit <= 9; digit++) {
                        bubble(Kind.DIGIT, -1, null, String.valueOf(place), String.valueOf(digit), bx,
                                ID_Y + digit * ID_PITCH_Y);
                    }
                }
                for (int digit = 0; digit <= 9; digit++) {
                    texts.add(new Text(ID_X - 6.5, ID_Y + digit * ID_PITCH_Y + 1.1, 7, false,
                            String.valueOf(digit)));
                }
            }
        }

        void bubble(Kind kind, int position, String reference, String row, String column, double x, double y) {
            bubbles.add(new Bubble(bubbles.size(), kind, position, reference, row, column, x, y));
        }
    }
}
