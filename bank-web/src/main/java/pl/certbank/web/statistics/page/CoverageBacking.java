package pl.certbank.web.statistics.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Map;
import pl.certbank.statistics.boundary.Coverage;
import pl.certbank.qualifications.boundary.Qualifications;
import pl.certbank.qualifications.entity.Qualification;
import pl.certbank.web.faces.Notices;

/**
 * Backs statistics/coverage.xhtml: approved items per criterion, as a matrix with a row per learning outcome (band
 * colours from {@link Coverage#band}), and the same counts as a bar chart.
 */
@Named
@RequestScoped
public class CoverageBacking {

    private static final Map<String, String> COLOURS = Map.of("none", "#e5737f", "few", "#f2c14e", "enough", "#5cb87a");

    @Inject
    Coverage coverage;

    @Inject
    Qualifications qualifications;

    private List<OutcomeRow> rows;

    /** A learning outcome and its criteria. */
    public record OutcomeRow(String code, String title, List<Cell> cells) {
    }

    /** A criterion with its count of approved items and the colour class for that count. */
    public record Cell(String code, String text, long count, String level) {
    }

    public List<OutcomeRow> getRows() {
        if (rows == null) {
            Qualification q = qualifications.withFramework(qualifications.defaultCode()).orElseThrow();
            Map<String, Long> counts = coverage.perCriterion(q.getCode());
            rows = q.getSets().stream().flatMap(s -> s.getOutcomes().stream())
                    .map(o -> new OutcomeRow(o.getCode(), o.getTitle(), o.getCriteria().stream().map(c -> {
                        long n = counts.getOrDefault(c.getCode(), 0L);
                        return new Cell(c.getCode(), c.getText(), n, level(n));
                    }).toList())).toList();
        }
        return rows;
    }

    /** Chart.js configuration of a bar per criterion, coloured like the matrix, for p:chart. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        getRows().stream().flatMap(r -> r.cells().stream()).forEach(c -> {
            labels.add(c.code());
            data.add(c.count());
            colours.add(COLOURS.get(c.level()));
        });
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Notices.text("coverage.approved"))
                                .add("data", data).add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder().add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    /** The matrix cell's class: none, few or enough (red, amber, green). */
    static String level(long count) {
        return switch (Coverage.band(count)) {
            case NONE -> "none";
            case THIN -> "few";
            case ENOUGH -> "enough";
        };
    }
}
