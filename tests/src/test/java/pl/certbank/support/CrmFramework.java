package pl.certbank.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The CRM framework as the bundled data file states it (itself checked against the announcement by a unit test). */
public final class CrmFramework {

    public static final String CODE = "CRM-PRK4";

    private CrmFramework() {
    }

    public static JsonObject file() {
        try (InputStream in = CrmFramework.class.getClassLoader().getResourceAsStream("qualifications/crm-prk4.json")) {
            return Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Criterion code → verbatim text, in the announcement's order. */
    public static Map<String, String> criteria() {
        return criteria(file());
    }

    /** Criterion code → text of a framework tree shaped like the file and the REST answer. */
    public static Map<String, String> criteria(JsonObject tree) {
        Map<String, String> result = new LinkedHashMap<>();
        tree.getJsonArray("sets").getValuesAs(JsonObject.class)
                .forEach(set -> set.getJsonArray("outcomes").getValuesAs(JsonObject.class)
                        .forEach(outcome -> outcome.getJsonArray("criteria").getValuesAs(JsonObject.class)
                                .forEach(c -> result.put(c.getString("code"), c.getString("text")))));
        return result;
    }
}
