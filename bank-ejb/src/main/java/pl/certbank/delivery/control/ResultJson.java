package pl.certbank.delivery.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A scored attempt as the JSON stored with its score and shown to staff and exam clients: the total and verdict, the
 * pass mark, every set, outcome and criterion, every item's points and verdict (no key), and the shortfall that a
 * justification of a negative result names.
 */
public final class ResultJson {

    /** One provider, looked up once: {@code Json.create...} looks it up (a class-path scan) on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    private ResultJson() {
    }

    public static JsonObject of(Scoring.Scored scored, int errataApplied) {
        ResultSheet sheet = scored.sheet();
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (ResultSheet.Scored item : scored.items()) {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("reference", item.reference())
                    .add("verdict", item.score().verdict().name()).add("points", number(item.score().points()))
                    .add("maximum", number(item.score().maximum()));
            if (item.score().reason() != null) {
                json.add("reason", item.score().reason());
            }
            items.add(json);
        }
        ResultSheet.Shortfall shortfall = sheet.shortfall();
        return JSON.createObjectBuilder().add("errataApplied", errataApplied).add("passed", sheet.passed())
                .add("total", part(sheet.total())).add("passPercent", number(sheet.passPercent()))
                .add("setMinimums", decimals(sheet.setMinimums())).add("sets", parts(sheet.sets()))
                .add("outcomes", parts(sheet.outcomes())).add("criteria", parts(sheet.criteria()))
                .add("items", items)
                .add("shortfall", JSON.createObjectBuilder().add("sets", JSON.createArrayBuilder(shortfall.sets()))
                        .add("outcomes", JSON.createArrayBuilder(shortfall.outcomes()))
                        .add("criteria", JSON.createArrayBuilder(shortfall.criteria())))
                .build();
    }

    private static JsonObjectBuilder parts(Map<String, ResultSheet.Part> parts) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        new java.util.TreeMap<>(parts).forEach((code, part) -> json.add(code, part(part)));
        return json;
    }

    private static JsonObjectBuilder decimals(Map<String, BigDecimal> values) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        new java.util.TreeMap<>(values).forEach((code, value) -> json.add(code, number(value)));
        return json;
    }

    private static JsonObjectBuilder part(ResultSheet.Part part) {
        return JSON.createObjectBuilder().add("points", number(part.points())).add("maximum", number(part.maximum()))
                .add("percent", number(part.percent()));
    }

    private static BigDecimal number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
