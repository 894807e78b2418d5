package pl.certbank.web.assembly.page;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import pl.certbank.assembly.control.Cell;
import pl.certbank.assembly.control.Demand;
import pl.certbank.assembly.control.FormsReview;
import pl.certbank.items.entity.ItemType;
import pl.certbank.web.faces.Notices;

/** The run page's charts as Chart.js configurations for p:chart. Colours pass WCAG contrast on white. */
final class RunCharts {

    private static final String[] COLOURS = {"#1565c0", "#2e7d32", "#c62828", "#6a1b9a", "#ef6c00", "#00838f"};

    private RunCharts() {
    }

    static String progress(List<long[]> points) {
        JsonArrayBuilder incumbent = Json.createArrayBuilder();
        JsonArrayBuilder bound = Json.createArrayBuilder();
        for (long[] p : points) {
            incumbent.add(Json.createObjectBuilder().add("x", p[0] / 1000.0).add("y", p[1]));
            bound.add(Json.createObjectBuilder().add("x", p[0] / 1000.0).add("y", p[2]));
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("datasets", Json.createArrayBuilder()
                        .add(line(Notices.text("assembly.chart.incumbent"), incumbent, COLOURS[0]))
                        .add(line(Notices.text("assembly.chart.bound"), bound, COLOURS[2]))))
                .add("options", Json.createObjectBuilder().add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("type", "linear").add("title",
                                        title(Notices.text("assembly.chart.seconds"))))
                                .add("y", Json.createObjectBuilder().add("title",
                                        title(Notices.text("assembly.chart.objective"))))))
                .build().toString();
    }

    private static JsonObjectBuilder line(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour)
                .add("backgroundColor", colour).add("stepped", true).add("fill", false);
    }

    private static JsonObjectBuilder title(String text) {
        return Json.createObjectBuilder().add("display", true).add("text", text);
    }

    static String facility(FormsReview review, Demand demand) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder means = Json.createArrayBuilder();
        JsonArrayBuilder low = Json.createArrayBuilder();
        JsonArrayBuilder high = Json.createArrayBuilder();
        for (FormsReview.Form form : review.forms()) {
            labels.add(Notices.text("assembly.form", form.number()));
            means.add(form.meanFacility() / 1000.0);
            low.add(demand.facilityLow() / 1000.0);
            high.add(demand.facilityHigh() / 1000.0);
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Notices.text("assembly.chart.facility"))
                                .add("data", means).add("backgroundColor", COLOURS[0]))
                        .add(Json.createObjectBuilder().add("type", "line")
                                .add("label", Notices.text("assembly.chart.low")).add("data", low)
                                .add("borderColor", COLOURS[2]).add("pointRadius", 0))
                        .add(Json.createObjectBuilder().add("type", "line")
                                .add("label", Notices.text("assembly.chart.high")).add("data", high)
                                .add("borderColor", COLOURS[1]).add("pointRadius", 0))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("scales", Json
                        .createObjectBuilder().add("y", Json.createObjectBuilder().add("min", 0).add("max", 1))))
                .build().toString();
    }

    static String types(FormsReview review) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        review.forms().forEach(f -> labels.add(Notices.text("assembly.form", f.number())));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        ItemType[] types = ItemType.values();
        for (int t = 0; t < types.length; t++) {
            JsonArrayBuilder counts = Json.createArrayBuilder();
            for (FormsReview.Form form : review.forms()) {
                counts.add(form.counts().getOrDefault(Cell.type(types[t].name()), 0));
            }
            datasets.add(Json.createObjectBuilder().add("label", Notices.text("ItemType." + types[t].name()))
                    .add("data", counts).add("backgroundColor", COLOURS[t % COLOURS.length]));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("animation", false).add("scales", Json
                        .createObjectBuilder().add("x", Json.createObjectBuilder().add("stacked", true))
                        .add("y", Json.createObjectBuilder().add("stacked", true))))
                .build().toString();
    }
}
