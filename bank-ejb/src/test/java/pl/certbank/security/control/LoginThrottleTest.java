package pl.certbank.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle();
    private final Instant start = Instant.parse("2026-12-01T10:00:00Z");

    private void fail(String source, String account, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(source, account, start);
        }
    }

    @Test
    void aSourceWaitsOnlyAfterItsAllowanceAndTheWaitDoubles() {
        fail("10.0.0.1", "author", LoginThrottle.PAIR_ALLOWANCE);
        assertEquals(0, throttle.waitFor("10.0.0.1", "author", start));
        var consequence = throttle.failed("10.0.0.1", "author", start);
        assertTrue(consequence.newlyBlocked().isPresent(), "the block is reported once, when it starts");
        assertEquals(1, throttle.waitFor("10.0.0.1", "author", start));
        throttle.failed("10.0.0.1", "author", start);
        assertEquals(2, throttle.waitFor("10.0.0.1", "author", start));
        throttle.failed("10.0.0.1", "author", start);
        assertEquals(4, throttle.waitFor("10.0.0.1", "author", start));
        assertEquals(0, throttle.waitFor("10.0.0.1", "author", start.plusSeconds(5)), "the wait passes by itself");
    }

    @Test
    void nobodyElseWaitsForAnAttackersFailures() {
        fail("10.0.0.66", "admin", 50);
        assertTrue(throttle.waitFor("10.0.0.66", "admin", start) > 0);
        assertEquals(0, throttle.waitFor("10.0.0.7", "admin", start), "the right user from another place signs in");
        assertTrue(throttle.waitFor("10.0.0.66", "reviewer", start) > 0, "the attacking source waits for any account");
    }

    @Test
    void theAccountIsReportedUnderAttackOnceButNeverBlocked() {
        int alarms = 0;
        for (int i = 0; i < 30; i++) {
            alarms += throttle.failed("10.1.0." + i, "admin", start).accountAlarm() ? 1 : 0;
        }
        assertEquals(1, alarms);
        assertEquals(0, throttle.waitFor("10.9.9.9", "admin", start));
    }

    @Test
    void aSuccessForgetsThePairAndAnAdministratorCanLiftABlock() {
        fail("10.0.0.2", "author", 8);
        throttle.succeeded("10.0.0.2", "author");
        assertEquals(0, throttle.waitFor("10.0.0.2", "author", start));
        fail("10.0.0.3", "x", LoginThrottle.SOURCE_ALLOWANCE + 1);
        assertTrue(throttle.waitFor("10.0.0.3", "y", start) > 0);
        assertTrue(throttle.lift("10.0.0.3", null));
        assertTrue(throttle.all(start).stream().noneMatch(t -> "10.0.0.3".equals(t.source()) && t.account() == null
                || "10.0.0.3".equals(t.source()) && t.account().isEmpty()));
    }

    @Test
    void theLongestWaitIsFifteenMinutesAndAnHourForgets() {
        assertEquals(Duration.ofMinutes(15), LoginThrottle.delay(40));
        fail("10.0.0.4", "author", 30);
        assertEquals(0, throttle.waitFor("10.0.0.4", "author", start.plus(Duration.ofMinutes(16))));
        throttle.failed("10.0.0.4", "author", start.plus(Duration.ofHours(2)));
        assertEquals(0, throttle.waitFor("10.0.0.4", "author", start.plus(Duration.ofHours(2))),
                "a failure an hour after the last one starts counting anew");
    }
}
