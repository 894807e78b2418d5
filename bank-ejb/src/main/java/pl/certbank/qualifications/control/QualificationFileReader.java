package pl.certbank.qualifications.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import pl.certbank.qualifications.control.QualificationDefinition.CriterionDefinition;
import pl.certbank.qualifications.control.QualificationDefinition.OutcomeDefinition;
import pl.certbank.qualifications.control.QualificationDefinition.SetDefinition;

/**
 * Reads a qualification framework file (JSON, format in docs/qualification-file.md) and checks it completely before
 * anything is stored, so a bad file is refused whole. Errors name the file and the line (syntax) or field path.
 */
public class QualificationFileReader {

    private final String source;
    private final Set<String> codes = new HashSet<>();

    private QualificationFileReader(String source) {
        this.source = source;
    }

    public static QualificationDefinition read(String source, InputStream in) {
        return new QualificationFileReader(source).read(in);
    }

    private QualificationDefinition read(InputStream in) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw error("$", "the file must hold one JSON object");
            }
            root = value.asJsonObject();
        } catch (JsonParsingException e) {
            throw new QualificationFileException(source + ": line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + ": not valid JSON (" + e.getMessage() + ")", e);
        } catch (JsonException e) {
            throw new QualificationFileException(source + ": cannot be read (" + e.getMessage() + ")", e);
        }
        String code = text(root, "code", "$");
        int prkLevel = integer(root, "prkLevel", "$");
        if (prkLevel < 1 || prkLevel > 8) {
            throw error("$.prkLevel", "must be a PRK level from 1 to 8, not " + prkLevel);
        }
        List<SetDefinition> sets = list(root, "sets", "$", this::set);
        return new QualificationDefinition(code, text(root, "name", "$"), optionalText(root, "kind"), prkLevel,
                optionalText(root, "sectoralLevel"), optionalText(root, "documentName"),
                optionalText(root, "certificateValidity"), optionalInteger(root, "certificateValidityYears"),
                optionalText(root, "reviewPeriod"), optionalText(root, "legalBasis"), optionalText(root, "summary"),
                sets);
    }

    private SetDefinition set(JsonObject json, String path) {
        String code = code(json, path, null);
        return new SetDefinition(code, text(json, "title", path),
                list(json, "outcomes", path, (o, p) -> outcome(o, p, code)));
    }

    private OutcomeDefinition outcome(JsonObject json, String path, String setCode) {
        String code = code(json, path, setCode);
        return new OutcomeDefinition(code, text(json, "title", path),
                list(json, "criteria", path, (c, p) -> new CriterionDefinition(code(c, p, code), text(c, "text", p))));
    }

    /** A code must be unique in the file and extend its parent's code (Z1 → Z1.2 → Z1.2.3). */
    private String code(JsonObject json, String path, String parentCode) {
        String code = text(json, "code", path);
        if (parentCode != null && !code.startsWith(parentCode + ".")) {
            throw error(path + ".code", "'" + code + "' must start with its parent's code '" + parentCode + ".'");
        }
        if (!codes.add(code)) {
            throw error(path + ".code", "'" + code + "' is used twice");
        }
        return code;
    }

    private <T> List<T> list(JsonObject json, String field, String path, BiFunction<JsonObject, String, T> element) {
        JsonValue value = json.get(field);
        if (!(value instanceof JsonArray array) || array.isEmpty()) {
            throw error(path + "." + field, "must be a non-empty list");
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String elementPath = path + "." + field + "[" + i + "]";
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw error(elementPath, "must be an object");
            }
            result.add(element.apply(array.getJsonObject(i), elementPath));
        }
        return List.copyOf(result);
    }

    private String text(JsonObject json, String field, String path) {
        String value = optionalText(json, field, path);
        if (value == null || value.isBlank()) {
            throw error(path + "." + field, "is required and must be non-empty text");
        }
        return value;
    }

    private String optionalText(JsonObject json, String field) {
        return optionalText(json, field, "$");
    }

    private String optionalText(JsonObject json, String field, String path) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw error(path + "." + field, "must be text, not " + value.getValueType().name().toLowerCase());
        }
        return string.getString();
    }

    private int integer(JsonObject json, String field, String path) {
        Integer value = optionalInteger(json, field);
        if (value == null) {
            throw error(path + "." + field, "is required and must be a whole number");
        }
        return value;
    }

    private Integer optionalInteger(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw error("$." + field, "must be a whole number");
        }
        return number.intValue();
    }

    private QualificationFileException error(String path, String message) {
        return new QualificationFileException(source + ": " + path + " " + message);
    }
}
