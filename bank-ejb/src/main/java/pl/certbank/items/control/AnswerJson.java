package pl.certbank.items.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import pl.certbank.items.entity.Answer;

/** The JSON form in which a version stores its answer and key; written and read field by field, no reflection. */
public final class AnswerJson {

    private AnswerJson() {
    }

    public static String write(Answer answer) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        JsonArrayBuilder options = Json.createArrayBuilder();
        answer.options().forEach(o -> options.add(Json.createObjectBuilder().add("text", o.text())
                .add("correct", o.correct())));
        json.add("options", options);
        if (answer.truth() != null) {
            json.add("truth", answer.truth());
        }
        JsonArrayBuilder pairs = Json.createArrayBuilder();
        answer.pairs().forEach(p -> pairs.add(Json.createObjectBuilder().add("premise", p.premise())
                .add("response", p.response())));
        json.add("pairs", pairs);
        json.add("distractors", strings(answer.distractors()));
        json.add("sequence", strings(answer.sequence()));
        json.add("accepted", strings(answer.accepted()));
        json.add("numeric", answer.numeric());
        if (answer.tolerance() != null) {
            json.add("tolerance", answer.tolerance());
        }
        return json.build().toString();
    }

    public static Answer read(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        List<Answer.Option> options = array(json, "options").getValuesAs(JsonObject.class).stream()
                .map(o -> new Answer.Option(o.getString("text"), o.getBoolean("correct", false))).toList();
        List<Answer.Pair> pairs = array(json, "pairs").getValuesAs(JsonObject.class).stream()
                .map(p -> new Answer.Pair(p.getString("premise"), p.getString("response"))).toList();
        Boolean truth = json.containsKey("truth") ? json.getBoolean("truth") : null;
        JsonValue tolerance = json.get("tolerance");
        return new Answer(options, truth, pairs, strings(json, "distractors"), strings(json, "sequence"),
                strings(json, "accepted"), json.getBoolean("numeric", false),
                tolerance instanceof JsonNumber n ? n.bigDecimalValue() : null);
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonArray array(JsonObject json, String field) {
        return json.containsKey(field) ? json.getJsonArray(field) : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static List<String> strings(JsonObject json, String field) {
        return array(json, field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
