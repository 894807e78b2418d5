package pl.certbank.web.faces;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The one way pages show a moment: day and minute in the server's time zone (or the zone the system property
 * {@code certbank.time-zone} names, e.g. Europe/Warsaw), "2026-12-01 20:15". The API keeps ISO-8601 instants.
 */
public final class Dates {

    private static final ZoneId ZONE = zone(System.getProperty("certbank.time-zone"));
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Dates() {
    }

    /** The named zone; the server's own when none or an unknown one is named (said once in the log). */
    static ZoneId zone(String name) {
        if (name == null || name.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(name.strip());
        } catch (java.time.DateTimeException e) {
            java.util.logging.Logger.getLogger(Dates.class.getName()).warning(() -> "certbank.time-zone '" + name
                    + "' is not a time zone; pages show the server's zone " + ZoneId.systemDefault());
            return ZoneId.systemDefault();
        }
    }

    public static String shown(OffsetDateTime at) {
        return at == null ? "" : SHOWN.format(at.atZoneSameInstant(ZONE));
    }
}
