package pl.certbank.web.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SameOriginWritesTest {

    private static final URI BANK = URI.create("https://bank.example.pl/bank/api/");

    @Test
    void onlyTheBanksOwnSchemeHostAndPortAreItsOrigin() {
        assertTrue(SameOriginWrites.sameOrigin(BANK, "https://bank.example.pl"));
        assertTrue(SameOriginWrites.sameOrigin(BANK, "https://BANK.example.pl:443"));
        assertFalse(SameOriginWrites.sameOrigin(BANK, "http://bank.example.pl"));
        assertFalse(SameOriginWrites.sameOrigin(BANK, "https://bank.example.pl.evil.example"));
        assertFalse(SameOriginWrites.sameOrigin(BANK, "https://bank.example.pl:8443"));
        assertFalse(SameOriginWrites.sameOrigin(BANK, "null"));
        assertFalse(SameOriginWrites.sameOrigin(BANK, "::::"));
    }
}
