package pl.certbank.web.security.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SignInThrottlingTest {

    private static final Set<String> PROXIES = Set.of("10.0.0.1", "10.0.0.2");

    @Test
    void theSourceIsThePeerUnlessThePeerIsATrustedProxy() {
        assertEquals("198.51.100.7", SignInThrottling.source("198.51.100.7", "203.0.113.9", PROXIES),
                "a client's own X-Forwarded-For is not believed");
        assertEquals("203.0.113.9", SignInThrottling.source("10.0.0.1", "203.0.113.9", PROXIES));
        assertEquals("10.0.0.1", SignInThrottling.source("10.0.0.1", null, PROXIES));
        assertEquals("10.0.0.1", SignInThrottling.source("10.0.0.1", " , ", PROXIES));
    }

    @Test
    void forgedHopsBeforeTheLastUntrustedOneAreIgnored() {
        // the client wrote "1.1.1.1"; the first proxy appended the client's real address, the second its own
        assertEquals("203.0.113.9", SignInThrottling.source("10.0.0.2", "1.1.1.1, 203.0.113.9, 10.0.0.1",
                PROXIES));
        assertEquals("10.0.0.2", SignInThrottling.source("10.0.0.2", "10.0.0.1", PROXIES),
                "only proxies in the chain: the nearest peer");
        assertEquals(64, SignInThrottling.source("10.0.0.1", "x".repeat(500), PROXIES).length(),
                "a forged giant value cannot fill the memory");
    }
}
