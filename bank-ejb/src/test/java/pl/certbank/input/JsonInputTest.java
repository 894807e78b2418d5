package pl.certbank.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.certbank.refusals.FieldError;
import pl.certbank.refusals.Kind;
import pl.certbank.refusals.Refusal;

class JsonInputTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static List<String> problems(String text, java.util.function.Consumer<JsonInput> reads) {
        JsonInput input = JsonInput.strict(json(text));
        reads.accept(input);
        Refusal refusal = assertThrows(Refusal.class, input::done);
        assertEquals(Kind.BAD_INPUT, refusal.kind());
        return refusal.errors().stream().map(FieldError::toString).toList();
    }

    @Test
    void valuesOfTheWrongKindAreNamedByTheirPointer() {
        assertEquals(List.of("/truth: expected true or false", "/version: expected a whole number",
                "/criteria: expected an array", "/options/1/correct: expected true or false",
                "/type: 'ESSAY' is not one of [A, B]"),
                problems("{\"truth\": \"yes\", \"version\": 1.7, \"criteria\": \"Z1.1.1\", \"options\": "
                        + "[{\"correct\": true}, {\"correct\": 1}], \"type\": \"ESSAY\"}", in -> {
                            in.bool("truth");
                            in.integer("version");
                            in.strings("criteria");
                            in.objects("options").forEach(o -> o.bool("correct"));
                            in.name("type", Letter.class);
                        }));
    }

    enum Letter {
        A,
        B
    }

    @Test
    void nullEntriesAndHugeNumbersAreRefusedNotDropped() {
        assertEquals(List.of("/keywords/1: expected a string", "/ids/0: expected a whole number"),
                problems("{\"keywords\": [\"a\", null], \"ids\": [1e30]}", in -> {
                    in.strings("keywords");
                    in.integers("ids");
                }));
    }

    @Test
    void controlCharactersAndHalfSurrogatesAreRefusedAndTextIsNormalised() {
        assertEquals(List.of("/stem: contains the control character U+0000; only tab and line breaks are allowed",
                "/source: contains half of a surrogate pair (not a character)"),
                problems("{\"stem\": \"a\\u0000b\", \"source\": \"x\\ud800\"}", in -> {
                    in.string("stem");
                    in.string("source");
                }));
        JsonInput fine = JsonInput.strict(json("{\"text\": \"za\\u0301\\tb\\r\\nc\"}"));
        assertEquals("zá\tb\r\nc", fine.string("text"));
        fine.done();
    }

    @Test
    void directionOverridesAndIsolatesAreRefusedButMarksAreNot() {
        assertEquals(List.of("/name: contains the direction control U+202E, which can make a text read differently"
                + " from how it is stored",
                "/label: contains the direction control U+2066, which can make a text read"
                        + " differently from how it is stored"),
                problems("{\"name\": \"CRM\\u202Egpj.exe\", \"label\": \"a\\u2066b\\u2069\"}", in -> {
                    in.string("name");
                    in.string("label");
                }));
        JsonInput fine = JsonInput.strict(json("{\"text\": \"a\\u200Fb\"}"));
        assertEquals("a\u200Fb", fine.string("text"));
        fine.done();
    }

    @Test
    void absentAndNullAreAbsentAndTheLenientReaderNeverComplains() {
        JsonInput strict = JsonInput.strict(json("{\"a\": null}"));
        assertNull(strict.string("a"));
        assertNull(strict.bool("missing"));
        strict.done();
        JsonInput lenient = JsonInput.lenient(json("{\"truth\": \"yes\", \"options\": 5}"));
        assertNull(lenient.bool("truth"));
        assertEquals(List.of(), lenient.objects("options"));
        lenient.done();
    }

    @Test
    void aBodyThatIsNoObjectIsRefused() {
        assertEquals(InputRefusal.NOT_AN_OBJECT, assertThrows(Refusal.class,
                () -> JsonInput.strict(Json.createArrayBuilder().build())).reason());
    }
}
