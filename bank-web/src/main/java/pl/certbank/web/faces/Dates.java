package pl.certbank.web.faces;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The one way pages show a moment: day and minute in the server's time zone (or the zone the system property
 * {@code certbank.time-zone} names, e.g. Europe/Warsaw), "2026-12-01 20:15". The API keeps ISO-8601 instants.
 */
public final class Dates {

    private static final ZoneId ZONE = System.getProperty("certbank.time-zone") == null ? ZoneId.systemDefault()
            : ZoneId.of(System.getProperty("certbank.time-zone"));
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Dates() {
    }

    public static String shown(OffsetDateTime at) {
        return at == null ? "" : SHOWN.format(at.atZoneSameInstant(ZONE));
    }
}
