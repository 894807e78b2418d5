package pl.certbank.security.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins counted per source and per source with account, with delays that grow with every failure beyond a
 * free allowance: nobody who is not at the source can slow an account down, so no anonymous caller can lock a user
 * out (docs/adr/0009). Failures per account across sources are only counted, for the log, the audit trail and the
 * administrators. Everything is kept in memory, bounded, and forgotten an hour after the last failure.
 */
public final class LoginThrottle {

    /** Failures a source may have on one account before each further attempt waits. */
    public static final int PAIR_ALLOWANCE = 5;
    /** Failures a source may have on all accounts together before each further attempt waits. */
    public static final int SOURCE_ALLOWANCE = 20;
    /** Failures on one account from all sources together that make it "under attack" (reported, never blocked). */
    public static final int ACCOUNT_ALARM = 20;
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration MEMORY = Duration.ofHours(1);
    static final int MAX_ENTRIES = 50_000;

    private final Map<String, Record> records = new LinkedHashMap<>(16, 0.75f, true);

    /** What the throttle knows of one key: failures, the last one, and until when attempts wait. */
    public record Throttled(String source, String account, int failures, Instant lastFailure, Instant blockedUntil) {

        /** Seconds until the next attempt is taken, 0 when it is taken now. */
        public long retryAfter(Instant now) {
            return blockedUntil == null || !blockedUntil.isAfter(now) ? 0
                    : Math.max(1, Duration.between(now, blockedUntil).toSeconds());
        }
    }

    /** What a failure led to, for the log and the audit trail. */
    public record Consequence(Optional<Throttled> newlyBlocked, boolean accountAlarm) {
    }

    private static final class Record {
        int failures;
        Instant lastFailure;
        Instant blockedUntil;
    }

    /** Seconds the attempt must wait (0: take it now). */
    public synchronized long waitFor(String source, String account, Instant now) {
        return Math.max(retryAfter(key(source, null), now), retryAfter(key(source, account), now));
    }

    public synchronized Consequence failed(String source, String account, Instant now) {
        Throttled bySource = count(key(source, null), SOURCE_ALLOWANCE, now);
        Throttled byPair = count(key(source, account), PAIR_ALLOWANCE, now);
        boolean alarm = account != null && count(accountKey(account), Integer.MAX_VALUE, now)
                .failures() == ACCOUNT_ALARM;
        Optional<Throttled> blocked = byPair.blockedUntil() != null && byPair.failures() == PAIR_ALLOWANCE + 1
                ? Optional.of(byPair)
                : bySource.blockedUntil() != null && bySource.failures() == SOURCE_ALLOWANCE + 1 ? Optional.of(bySource)
                        : Optional.empty();
        evict();
        return new Consequence(blocked, alarm);
    }

    /** A successful sign-in forgets the source's failures on the account (not those on other accounts). */
    public synchronized void succeeded(String source, String account) {
        records.remove(key(source, account));
    }

    /** Everything with failures, most recent first. */
    public synchronized List<Throttled> all(Instant now) {
        List<Throttled> all = new ArrayList<>();
        records.forEach((key, record) -> {
            if (Duration.between(record.lastFailure, now).compareTo(MEMORY) <= 0) {
                String[] parts = key.split("\n", -1);
                all.add(new Throttled(parts[1].isEmpty() ? null : parts[1], parts[2].isEmpty() ? null : parts[2],
                        record.failures, record.lastFailure, record.blockedUntil));
            }
        });
        all.sort(Comparator.comparing(Throttled::lastFailure).reversed());
        return all;
    }

    /** Forgets what is known of a source (account null), a source on an account, or an account (source null). */
    public synchronized boolean lift(String source, String account) {
        if (source == null && account != null) {
            return records.remove(accountKey(account)) != null;
        }
        return records.remove(key(source, account)) != null;
    }

    private Throttled count(String key, int allowance, Instant now) {
        Record record = records.computeIfAbsent(key, k -> new Record());
        if (record.lastFailure != null && Duration.between(record.lastFailure, now).compareTo(MEMORY) > 0) {
            record.failures = 0;
            record.blockedUntil = null;
        }
        record.failures++;
        record.lastFailure = now;
        if (record.failures > allowance) {
            record.blockedUntil = now.plus(delay(record.failures - allowance));
        }
        String[] parts = key.split("\n", -1);
        return new Throttled(parts[1], parts[2], record.failures, record.lastFailure, record.blockedUntil);
    }

    /** 1 s after the first failure beyond the allowance, doubling with each further one, at most 15 minutes. */
    static Duration delay(int beyondAllowance) {
        int exponent = Math.min(beyondAllowance - 1, 20);
        Duration delay = Duration.ofSeconds(1L << exponent);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private long retryAfter(String key, Instant now) {
        Record record = records.get(key);
        if (record == null || record.blockedUntil == null || !record.blockedUntil.isAfter(now)) {
            return 0;
        }
        return Math.max(1, Duration.between(now, record.blockedUntil).toSeconds());
    }

    private void evict() {
        var oldest = records.keySet().iterator();
        while (records.size() > MAX_ENTRIES && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    private static String key(String source, String account) {
        return "S\n" + source + "\n" + (account == null ? "" : account.toLowerCase(Locale.ROOT));
    }

    private static String accountKey(String account) {
        return "A\n\n" + account.toLowerCase(Locale.ROOT);
    }
}
