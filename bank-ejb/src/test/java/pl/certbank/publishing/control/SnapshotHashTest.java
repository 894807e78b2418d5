package pl.certbank.publishing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SnapshotHashTest {

    @Test
    void theCanonicalFormIsRfc8785s() {
        // the example of RFC 8785, section 3.2.3 ("Sorting of Object Properties" and the serialisation rules)
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""";
        assertEquals("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}",
                new String(SnapshotHash.canonical(input), StandardCharsets.UTF_8));
    }

    @Test
    void theHashIgnoresKeyOrderAndWhitespaceButNotContent() {
        String a = "{\"form\": \"CRM-PRK4-R1-1\", \"items\": [{\"stem\": \"Czym jest lejek sprzedaży?\", \"points\": 1}]}";
        String b = "{\"items\":[{\"points\":1,\"stem\":\"Czym jest lejek sprzedaży?\"}],\n \"form\":\"CRM-PRK4-R1-1\"}";
        assertEquals(SnapshotHash.of(a), SnapshotHash.of(b));
        assertEquals(64, SnapshotHash.of(a).length());
        assertNotEquals(SnapshotHash.of(a), SnapshotHash.of(a.replace("\"points\": 1", "\"points\": 2")));
    }

    @Test
    void theHashOfAKnownTextIsSha256OfItsCanonicalBytes() {
        // `printf '{"a":1}' | sha256sum`
        assertEquals("015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862",
                SnapshotHash.of("{ \"a\" : 1 }"));
    }

    @Test
    void aTextThatIsNotJsonIsABug() {
        assertThrows(java.io.UncheckedIOException.class, () -> SnapshotHash.of("{\"a\":"));
    }
}
