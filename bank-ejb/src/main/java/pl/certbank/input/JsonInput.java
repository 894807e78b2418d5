package pl.certbank.input;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import pl.certbank.refusals.FieldError;
import pl.certbank.refusals.Refusal;

/**
 * A JSON object read field by field. Strict (what a client sends): a value of the wrong kind is recorded with its JSON
 * pointer and the expected kind, a text is normalised and checked ({@link CleanText}), and {@link #done()} refuses the
 * body naming every problem at once. Lenient (what the bank stored itself): the same reads, with defaults instead of
 * problems. Missing fields and {@code null} read as absent in both.
 */
public final class JsonInput {

    private final JsonObject json;
    private final String pointer;
    private final boolean strict;
    private final List<FieldError> problems;
    /** The fields some reader asked for or allowed: the others are unknown. */
    private final Set<String> known = new LinkedHashSet<>();
    private final List<JsonInput> children = new ArrayList<>();

    private JsonInput(JsonObject json, String pointer, boolean strict, List<FieldError> problems) {
        this.json = json;
        this.pointer = pointer;
        this.strict = strict;
        this.problems = problems;
    }

    /** A client's object, read strictly. */
    public static JsonInput strict(JsonObject json) {
        return new JsonInput(json, "", true, new ArrayList<>());
    }

    /** A client's body, which must be an object. */
    public static JsonInput strict(JsonValue body) {
        if (!(body instanceof JsonObject object)) {
            throw Refusal.of(InputRefusal.NOT_AN_OBJECT);
        }
        return strict(object);
    }

    /** An object the bank wrote itself, read leniently. */
    public static JsonInput lenient(JsonObject json) {
        return new JsonInput(json, "", false, new ArrayList<>());
    }

    /**
     * Fields this body may carry although this reader does not read them: they are ignored, not refused (as an item
     * body ignores the answer fields of the other types).
     */
    public JsonInput allow(Collection<String> fields) {
        known.addAll(fields);
        return this;
    }

    /** Allows every field that {@code reader} would read here (the fields of another answer type, say). */
    public JsonInput allowFieldsOf(Consumer<JsonInput> reader) {
        JsonInput probe = new JsonInput(json, pointer, false, new ArrayList<>());
        reader.accept(probe);
        return allow(probe.known);
    }

    /**
     * Refuses the body with every problem recorded so far, a field that no reader asked for included (a misspelt
     * {@code rationle} is refused, not dropped); does nothing when there is none.
     */
    public void done() {
        if (strict) {
            unknownFields();
        }
        if (!problems.isEmpty()) {
            boolean onlyTexts = problems.stream().allMatch(p -> p.rule() == InputRule.CONTROL_CHARACTER
                    || p.rule() == InputRule.UNPAIRED_SURROGATE || p.rule() == InputRule.BIDI_CONTROL);
            throw Refusal.invalid(onlyTexts ? InputRefusal.BAD_TEXT : InputRefusal.WRONG_SHAPE, problems);
        }
    }

    private void unknownFields() {
        for (String field : json.keySet()) {
            if (!known.contains(field)) {
                problems.add(FieldError.of(path(field), InputRule.UNKNOWN_FIELD, String.join(", ", known)));
            }
        }
        children.forEach(JsonInput::unknownFields);
    }

    public boolean has(String field) {
        known.add(field);
        JsonValue value = json.get(field);
        return value != null && value != JsonValue.NULL;
    }

    /** The text, normalised; null when absent. */
    public String string(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString text) {
            return clean(text.getString(), path(field));
        }
        return wrong(field, InputRule.EXPECTED_STRING, null);
    }

    /** The text, or "" when absent or (leniently) of another kind. */
    public String text(String field) {
        String text = string(field);
        return text == null ? "" : text;
    }

    public Boolean bool(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        return wrong(field, InputRule.EXPECTED_BOOLEAN, null);
    }

    public boolean bool(String field, boolean absent) {
        Boolean value = bool(field);
        return value == null ? absent : value;
    }

    public BigDecimal number(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        return wrong(field, InputRule.EXPECTED_NUMBER, null);
    }

    /** A whole number that fits a long: "1.7" and "1e3" are not one. */
    public Long integer(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.bigDecimalValue().longValueExact();
            } catch (ArithmeticException e) {
                return wrong(field, InputRule.EXPECTED_INTEGER, null);
            }
        }
        return wrong(field, InputRule.EXPECTED_INTEGER, null);
    }

    /**
     * A whole number as an int; one beyond the int range saturates (so that a range check names it as too large or
     * too small rather than it wrapping round); null when absent.
     */
    public Integer whole(String field) {
        Long value = integer(field);
        return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    /** One of the enum's names, exactly as written ({@code SINGLE_CHOICE}). */
    public <E extends Enum<E>> E name(String field, Class<E> type) {
        String name = string(field);
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            if (strict) {
                problems.add(FieldError.of(path(field), InputRule.UNKNOWN_NAME, name,
                        Arrays.toString(type.getEnumConstants())));
            }
            return null;
        }
    }

    /** Records a problem for each of these fields that is absent or null (strictly read bodies only). */
    public void require(String... fields) {
        for (String field : fields) {
            if (!has(field) && strict) {
                problems.add(FieldError.of(path(field), InputRule.MISSING));
            }
        }
    }

    /** Records a problem with {@code field} of this object that a reader found (a duplicate entry, say). */
    public void problem(String field, InputRule rule, Object... values) {
        if (strict) {
            problems.add(FieldError.of(path(field), rule, values));
        }
    }

    /** The enum constants an array of names gives; an unknown name is a problem at its index. */
    public <E extends Enum<E>> List<E> names(String field, Class<E> type) {
        List<E> names = new ArrayList<>();
        List<String> texts = strings(field);
        for (int i = 0; i < texts.size(); i++) {
            try {
                names.add(Enum.valueOf(type, texts.get(i)));
            } catch (IllegalArgumentException e) {
                if (strict) {
                    problems.add(FieldError.of(path(field) + "/" + i, InputRule.UNKNOWN_NAME, texts.get(i),
                            Arrays.toString(type.getEnumConstants())));
                }
            }
        }
        return names;
    }

    /** A nested object, read like this one (its unknown fields refused too); an empty one when absent. */
    /**
     * An object field as the client sent it, for a reader that takes values of many shapes (a candidate's responses,
     * which each item's type reads itself); null when absent.
     */
    public JsonObject raw(String field) {
        JsonValue value = value(field);
        if (value == null || value instanceof JsonObject) {
            return (JsonObject) value;
        }
        return wrong(field, InputRule.EXPECTED_OBJECT, null);
    }

    public JsonInput object(String field) {
        JsonValue value = value(field);
        JsonObject object = JsonValue.EMPTY_JSON_OBJECT;
        if (value instanceof JsonObject given) {
            object = given;
        } else if (value != null) {
            wrong(field, InputRule.EXPECTED_OBJECT, null);
        }
        JsonInput child = new JsonInput(object, path(field), strict, problems);
        children.add(child);
        return child;
    }

    /** The texts of an array of strings; an entry of another kind is a problem (leniently, an empty text). */
    public List<String> strings(String field) {
        List<String> strings = new ArrayList<>();
        JsonArray array = array(field);
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonString text) {
                strings.add(clean(text.getString(), path(field) + "/" + i));
            } else {
                strings.add(strict ? wrongAt(path(field) + "/" + i, InputRule.EXPECTED_STRING, "") : "");
            }
        }
        return strings;
    }

    /** The whole numbers of an array. */
    public List<Long> integers(String field) {
        List<Long> numbers = new ArrayList<>();
        JsonArray array = array(field);
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonNumber number && number.isIntegral()
                    && number.bigDecimalValue().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                    && number.bigDecimalValue().compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0) {
                numbers.add(number.longValue());
            } else if (strict) {
                wrongAt(path(field) + "/" + i, InputRule.EXPECTED_INTEGER, null);
            }
        }
        return numbers;
    }

    /** The objects of an array, each read like this one; an entry of another kind is a problem. */
    public List<JsonInput> objects(String field) {
        List<JsonInput> objects = new ArrayList<>();
        JsonArray array = array(field);
        for (int i = 0; i < array.size(); i++) {
            String at = path(field) + "/" + i;
            if (array.get(i) instanceof JsonObject object) {
                JsonInput child = new JsonInput(object, at, strict, problems);
                children.add(child);
                objects.add(child);
            } else {
                wrongAt(at, InputRule.EXPECTED_OBJECT, null);
                objects.add(new JsonInput(JsonValue.EMPTY_JSON_OBJECT, at, strict, problems));
            }
        }
        return objects;
    }

    private JsonArray array(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (value instanceof JsonArray array) {
            return array;
        }
        wrong(field, InputRule.EXPECTED_ARRAY, null);
        return JsonValue.EMPTY_JSON_ARRAY;
    }

    private JsonValue value(String field) {
        known.add(field);
        JsonValue value = json.get(field);
        return value == null || value == JsonValue.NULL ? null : value;
    }

    private String clean(String text, String at) {
        if (strict) {
            CleanText.problem(text).ifPresent(p -> problems.add(FieldError.of(at, p.rule(), p.value())));
        }
        return CleanText.normal(text);
    }

    private <T> T wrong(String field, InputRule rule, T fallback) {
        return wrongAt(path(field), rule, fallback);
    }

    private <T> T wrongAt(String at, InputRule rule, T fallback) {
        if (strict) {
            problems.add(FieldError.of(at, rule));
        }
        return fallback;
    }

    /** The JSON pointer of a field of this object (RFC 6901: "~" and "/" escaped). */
    private String path(String field) {
        return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
    }
}
