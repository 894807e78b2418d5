package pl.certbank.web.delivery.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pl.certbank.delivery.boundary.Results;
import pl.certbank.delivery.control.Justification;
import pl.certbank.delivery.control.ResultSheet;
import pl.certbank.delivery.entity.AttemptScore;
import pl.certbank.delivery.entity.ExamAttempt;
import pl.certbank.publishing.control.Snapshot;
import pl.certbank.qualifications.boundary.Qualifications;
import pl.certbank.web.faces.Notices;

/**
 * Backs delivery/result.xhtml: one candidate's result with its justification in the page's language, every score it
 * has had (as published, after each erratum), and the appeal replay: the variant recomputed from its seed, the items
 * in the order shown with the candidate's responses and points, and whether the recomputed score equals the stored.
 */
@Named
@RequestScoped
public class ResultBacking {

    @Inject
    Results results;

    @Inject
    Qualifications qualifications;

    @Inject
    pl.certbank.printing.boundary.Scans paper;

    /** The scanned pages of a paper attempt (none for one sat on screen). */
    public List<pl.certbank.printing.entity.ScannedPage> getScans() {
        return loaded == null ? List.of() : paper.pagesOf(loaded);
    }

    private long session;
    private String attempt;
    private Results.Replay replay;
    private ExamAttempt loaded;
    private List<AttemptScore> scores = List.of();

    /** One item as the candidate saw it, in the order shown, with what they answered and earned. */
    public record Line(int shown, String reference, String stem, String response, String verdict, String points) {
    }

    public void load() {
        try {
            loaded = results.attempt(session, attempt);
            scores = results.scores(loaded);
            replay = results.replay(loaded);
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
    }

    public List<String> getJustification() {
        if (replay == null) {
            return List.of();
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Justification.lines(replay.scored().sheet(), qualifications.titles(replay.snapshot().qualification()
                .code()), locale);
    }

    public List<Line> getLines() {
        if (replay == null) {
            return List.of();
        }
        var responses = pl.certbank.delivery.boundary.Delivery.responses(loaded);
        List<Line> lines = new ArrayList<>();
        int shown = 0;
        for (int position : replay.variant().items()) {
            Snapshot.Item item = replay.snapshot().items().get(position);
            ResultSheet.Scored scored = replay.scored().items().get(position);
            lines.add(new Line(++shown, item.reference(), item.stem(), responses.containsKey(item.reference())
                    ? responses.get(item.reference()).toString() : "—",
                    Notices.text("delivery.verdict."
                            + scored.score().verdict().name()),
                    scored.score().points().stripTrailingZeros()
                            .toPlainString() + " / "
                            + scored.score().maximum().stripTrailingZeros()
                                    .toPlainString()));
        }
        return lines;
    }

    public Results.Replay getReplay() {
        return replay;
    }

    public ExamAttempt getAttemptRecord() {
        return loaded;
    }

    public List<AttemptScore> getScores() {
        return scores;
    }

    public long getSession() {
        return session;
    }

    public void setSession(long session) {
        this.session = session;
    }

    public String getAttempt() {
        return attempt;
    }

    public void setAttempt(String attempt) {
        this.attempt = attempt;
    }
}
