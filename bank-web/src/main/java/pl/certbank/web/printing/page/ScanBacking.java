package pl.certbank.web.printing.page;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pl.certbank.printing.boundary.Scans;
import pl.certbank.printing.control.Mark;
import pl.certbank.printing.control.PaperResponses;
import pl.certbank.printing.control.SheetLayout;
import pl.certbank.web.faces.Notices;

/**
 * Backs printing/scan.xhtml: one scanned page with the detected marks drawn over it (where the reader found each
 * bubble, coloured by what it read), the bubbles the commission must decide, with their darkness, and the short
 * answers to transcribe; deciding re-scores the copy once nothing is pending.
 */
@Named
@ViewScoped
public class ScanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Scans scans;

    private long id;
    private transient Scans.Review review;
    private boolean missing;
    private final Map<Integer, String> texts = new HashMap<>();

    /** A bubble drawn over the image: centre and radius in image pixels, its class and its label. */
    public record Circle(double x, double y, double r, String mark, String title) implements Serializable {
    }

    /** A bubble the commission must (or may) decide. */
    public record Ambiguous(int bubble, String item, String what, String darkness, String decided)
            implements Serializable {
    }

    /** A short answer box on this page. */
    public record ShortAnswer(int position, int shown, String item, String text) implements Serializable {
    }

    public void load() {
        try {
            review = scans.review(id);
            texts.clear();
            review.answers().forEach(texts::put);
        } catch (RuntimeException e) {
            missing = true;
            Notices.refused(e);
        }
    }

    private Scans.Review review() {
        if (review == null && !missing) {
            load();
        }
        return review;
    }

    public Scans.Review getReview() {
        return review();
    }

    public boolean isMissing() {
        return missing || review() == null;
    }

    public boolean isCommission() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("publisher") || external.isUserInRole("admin");
    }

    public String getState() {
        return review().state() == null ? "" : review().state().name();
    }

    public List<Circle> getCircles() {
        Scans.Review r = review();
        List<Circle> circles = new ArrayList<>();
        if (r == null || r.layout() == null || r.homography() == null) {
            return circles;
        }
        double[] h = r.homography();
        for (SheetLayout.Bubble b : r.layout().bubbles()) {
            double[] c = project(h, b.x(), b.y());
            double[] e = project(h, b.x() + SheetLayout.RADIUS, b.y());
            double radius = Math.hypot(e[0] - c[0], e[1] - c[1]) + 2;
            Mark mark = r.marks().get(b.index());
            double d = b.index() < r.darkness().length ? r.darkness()[b.index()] : 0;
            circles.add(new Circle(round(c[0]), round(c[1]), round(radius), mark.name(), PaperResponses.describe(b)
                    + ": " + mark + " (" + String.format(java.util.Locale.ROOT, "%.2f", d) + ")"));
        }
        return circles;
    }

    static double[] project(double[] h, double x, double y) {
        double w = h[6] * x + h[7] * y + h[8];
        return new double[] {(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w};
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** The bubbles read as ambiguous, and those the commission decided already. */
    public List<Ambiguous> getAmbiguous() {
        Scans.Review r = review();
        List<Ambiguous> list = new ArrayList<>();
        if (r == null || r.layout() == null) {
            return list;
        }
        for (SheetLayout.Bubble b : r.layout().bubbles()) {
            double d = b.index() < r.darkness().length ? r.darkness()[b.index()] : 0;
            if (Mark.of(d) == Mark.AMBIGUOUS || r.decided().containsKey(b.index())) {
                list.add(new Ambiguous(b.index(), b.reference() == null ? "ID" : b.reference(), label(r, b),
                        String.format(java.util.Locale.ROOT, "%.2f", d), r.decided().get(b.index())));
            }
        }
        return list;
    }

    /** What a bubble is, as the sheet prints it (letters of this copy, not option ids). */
    private static String label(Scans.Review r, SheetLayout.Bubble b) {
        return switch (b.kind()) {
            case DIGIT -> Notices.text("printing.scan.digit", Integer.parseInt(b.row()) + 1, b.column());
            case OPTION -> Notices.text("printing.scan.option", r.variant().letter(b.formPosition(), b.column()));
            case JUDGEMENT -> "true".equals(b.column()) ? "P" : "F";
            case MATCH -> premise(r, b) + " → " + r.variant().letter(b.formPosition(), b.column());
            case ORDER -> r.variant().letter(b.formPosition(), b.row()) + " → " + b.column();
        };
    }

    private static String premise(Scans.Review r, SheetLayout.Bubble b) {
        List<String> premises = r.variant().arrangements().get(b.formPosition()).get(0);
        return String.valueOf(premises.indexOf(b.row()) + 1);
    }

    public List<ShortAnswer> getShortAnswers() {
        Scans.Review r = review();
        if (r == null) {
            return List.of();
        }
        return r.shortAnswers().stream().map(b -> new ShortAnswer(b.formPosition(), b.shown(), b.reference(),
                r.answers().get(b.formPosition()))).toList();
    }

    public Map<Integer, String> getTexts() {
        return texts;
    }

    public void decide(int bubble, String mark) {
        try {
            review = scans.decide(id, bubble, mark);
            Notices.info("printing.scan.decided", Notices.text("printing.mark." + mark), state());
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
    }

    public void transcribe(int position) {
        try {
            review = scans.transcribe(id, position, texts.get(position));
            Notices.info("printing.scan.transcribed", position + 1, state());
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
    }

    private String state() {
        return review.state() == null ? "" : Notices.text("printing.copyState." + review.state().name());
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
