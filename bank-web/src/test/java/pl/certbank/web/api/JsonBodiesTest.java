package pl.certbank.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import pl.certbank.input.InputRefusal;
import pl.certbank.refusals.Refusal;

class JsonBodiesTest {

    private static Refusal refused(byte[] body) {
        return assertThrows(Refusal.class, () -> JsonBodies.parse(body));
    }

    private static Refusal refused(String body) {
        return refused(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void malformedBodiesAreRefusedSayingWhere() {
        for (String body : new String[] {" ", "{\"text\":\"x\"", "{\"a\": 1,}", "<item/>", "{\"a\": 1} x"}) {
            Refusal refusal = refused(body);
            assertEquals(InputRefusal.MALFORMED, refusal.reason(), body);
        }
        assertTrue(refused("{\"a\":\n tru}").getMessage().contains("line 2"), "the place is named");
    }

    @Test
    void deepNestingDuplicateKeysByteOrderMarksAndBrokenUtf8AreRefused() {
        assertEquals(InputRefusal.MALFORMED, refused("[".repeat(10_000) + "]".repeat(10_000)).reason());
        assertEquals(InputRefusal.MALFORMED, refused("{\"a\": 1, \"a\": 2}").reason());
        assertEquals(InputRefusal.MALFORMED, refused(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'})
                .reason());
        assertEquals(InputRefusal.MALFORMED, refused(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'})
                .reason());
    }

    @Test
    void anEmptyBodyIsNoValueAndAWellFormedOneIsRead() {
        assertEquals(JsonValue.NULL, JsonBodies.parse(new byte[0]));
        assertEquals(JsonValue.ValueType.OBJECT, JsonBodies.parse("{\"a\": [1, 2]}".getBytes(StandardCharsets.UTF_8))
                .getValueType());
        JsonBodies.parse(("[".repeat(JsonBodies.MAX_DEPTH - 1) + "]".repeat(JsonBodies.MAX_DEPTH - 1))
                .getBytes(StandardCharsets.UTF_8));
    }
}
