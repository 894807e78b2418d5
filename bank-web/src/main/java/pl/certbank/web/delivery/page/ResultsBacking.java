package pl.certbank.web.delivery.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import pl.certbank.delivery.boundary.Results;
import pl.certbank.delivery.entity.AttemptScore;
import pl.certbank.delivery.entity.ExamSession;
import pl.certbank.web.faces.Dates;
import pl.certbank.web.faces.Notices;

/**
 * Backs delivery/results.xhtml: a session's attempts with their newest score (and the one as published where an
 * erratum changed it), and a chart of the mean share of points per outcome set against the pass mark.
 */
@Named
@RequestScoped
public class ResultsBacking {

    @Inject
    Results results;

    private long session;
    private ExamSession loaded;
    private List<Row> rows = List.of();
    private String chart = "{}";

    /** One attempt: newest points and verdict, and its first points where errata changed them. */
    public record Row(String attempt, String candidate, String variant, String submitted, String points,
            String maximum, boolean passed, String firstPoints) {
    }

    public void load() {
        try {
            loaded = results.session(session);
            Map<Long, List<AttemptScore>> byAttempt = new LinkedHashMap<>();
            results.sessionScores(session).forEach(s -> byAttempt.computeIfAbsent(s.getAttempt().getId(),
                    a -> new ArrayList<>()).add(s));
            Map<String, BigDecimal[]> sets = new TreeMap<>();
            BigDecimal pass = null;
            List<Row> made = new ArrayList<>();
            for (List<AttemptScore> scores : byAttempt.values()) {
                AttemptScore first = scores.get(0);
                AttemptScore newest = scores.get(scores.size() - 1);
                var attempt = newest.getAttempt();
                made.add(new Row(attempt.getAttemptKey(), attempt.getCandidate(), attempt.getVariantName(),
                        Dates.shown(attempt.getSubmittedAt()), plain(newest.getPoints()), plain(newest.getMaximum()),
                        newest.isPassed(), scores.size() > 1 ? plain(first.getPoints()) : ""));
                JsonObject breakdown = Json.createReader(new StringReader(newest.getBreakdown())).readObject();
                pass = breakdown.getJsonNumber("passPercent").bigDecimalValue();
                breakdown.getJsonObject("sets").forEach((code, part) -> {
                    BigDecimal[] sum = sets.computeIfAbsent(code, c -> new BigDecimal[] {BigDecimal.ZERO,
                            BigDecimal.ZERO});
                    sum[0] = sum[0].add(part.asJsonObject().getJsonNumber("percent").bigDecimalValue());
                    sum[1] = sum[1].add(BigDecimal.ONE);
                });
            }
            rows = made;
            chart = chart(sets, pass);
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
    }

    private static String chart(Map<String, BigDecimal[]> sets, BigDecimal pass) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder means = Json.createArrayBuilder();
        JsonArrayBuilder marks = Json.createArrayBuilder();
        sets.forEach((code, sum) -> {
            labels.add(code);
            means.add(sum[0].divide(sum[1], 2, RoundingMode.HALF_EVEN));
            marks.add(pass == null ? BigDecimal.ZERO : pass);
        });
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Notices.text("delivery.results.meanShare"))
                                .add("data", means).add("backgroundColor", "#1565c0"))
                        .add(Json.createObjectBuilder().add("label", Notices.text("delivery.results.passMark"))
                                .add("data", marks).add("type", "line").add("borderColor", "#c62828")
                                .add("backgroundColor", "#c62828"))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("scales", Json
                        .createObjectBuilder().add("y", Json.createObjectBuilder().add("min", 0).add("max", 100))))
                .build().toString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    public String getTitle() {
        return loaded == null ? "" : loaded.getName() + " – " + loaded.getSnapshot().getFormCode();
    }

    public long getPassed() {
        return rows.stream().filter(Row::passed).count();
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getChart() {
        return chart;
    }

    public long getSession() {
        return session;
    }

    public void setSession(long session) {
        this.session = session;
    }
}
