package pl.certbank.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The test server's database read beside it (H2 opened with AUTO_SERVER, or PostgreSQL), to see that a refused request
 * changed nothing: the row count of every table (whatever tables later components add), the sum of the items' lock
 * versions (every change to an item raises its own) and the newest audit entry.
 */
public final class BankDatabase {

    private BankDatabase() {
    }

    /** What the bank holds, in numbers. */
    public record Snapshot(Map<String, Long> rows, long newestAuditEntry) {
    }

    public static Connection connect() throws SQLException {
        String url = System.getProperty("bank.db.url");
        String user = System.getProperty("bank.db.user", "sa");
        return DriverManager.getConnection(url, user, "postgres".equals(user) ? "postgres" : "sa");
    }

    public static Snapshot snapshot(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE "
                        + "table_schema IN ('PUBLIC', 'public') AND table_type IN ('BASE TABLE', 'TABLE')")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        Map<String, Long> rows = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                    result.next();
                    rows.put(table.toLowerCase(java.util.Locale.ROOT), result.getLong(1));
                }
            }
            try (ResultSet result = statement.executeQuery("SELECT COALESCE(SUM(lock_version), 0) FROM item")) {
                result.next();
                rows.put("item.lock_version (sum)", result.getLong(1));
            }
            try (ResultSet result = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_entry")) {
                result.next();
                return new Snapshot(rows, result.getLong(1));
            }
        }
    }
}
