package pl.certbank.setup.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import pl.certbank.items.control.AnswerJson;
import pl.certbank.items.control.ItemDrafting;
import pl.certbank.items.entity.Answer;

/**
 * Fills the bank with generated items for benchmarks (demo mode only). Rows are written with JDBC batches straight
 * into the item tables, bypassing drafting and quality checks, because the point is a large bank quickly, not
 * realistic authoring. Ids come from a range far above the id sequence, so real items never collide with them.
 */
public final class SyntheticBank {

    static final long FIRST_ID = 1_000_000_000L;
    static final int CHUNK = 1000;
    private static final String[] SUBJECTS = {"klienta", "leada", "szansy sprzedaży", "oferty", "raportu", "lejka",
            "segmentu", "kontaktu", "zadania", "kampanii", "zgody", "danych osobowych", "etapu", "kontrahenta"};
    private static final String[] VERBS = {"aktualizuje", "filtruje", "przypisuje", "generuje", "analizuje",
            "tworzy", "zabezpiecza", "wprowadza", "porównuje", "monitoruje", "planuje", "weryfikuje"};
    private static final String[] CONTEXTS = {"w systemie CRM", "zgodnie z RODO", "na etapie negocjacji",
            "w raporcie kwartalnym", "dla klienta biznesowego", "w kampanii e-mailowej", "w historii zdarzeń",
            "przy imporcie z arkusza", "według kryterium SMART", "w widoku lejka sprzedaży"};
    /** Every generated item has the same four options, the first the key. */
    private static final Answer ANSWER = Answer.choice(List.of(new Answer.Option("opcja a", true),
            new Answer.Option("opcja b", false), new Answer.Option("opcja c", false),
            new Answer.Option("opcja d", false)));
    private static final String ANSWER_JSON = AnswerJson.write(ANSWER);
    private static final String[] STATUSES = {"APPROVED", "APPROVED", "APPROVED", "DRAFT", "IN_REVIEW", "RETIRED"};
    private static final String[] DIFFICULTIES = {"EASY", "MEDIUM", "HARD"};

    private SyntheticBank() {
    }

    /** Adds {@code count} items to the qualification; returns how many the bank now holds that were generated. */
    public static long generate(DataSource dataSource, String qualification, int count) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long qualificationId = single(connection, "SELECT id FROM qualification WHERE code = ?", qualification);
            List<Long> criteria = ids(connection, "SELECT c.id FROM criterion c JOIN learning_outcome o ON "
                    + "o.id = c.learning_outcome_id JOIN outcome_set s ON s.id = o.outcome_set_id "
                    + "WHERE s.qualification_id = ?", qualificationId);
            long start = Math.max(FIRST_ID, single(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM item", null));
            Random random = new Random(start);
            for (int done = 0; done < count; done += CHUNK) {
                insertChunk(connection, qualificationId, criteria, start + 2L * done, Math.min(CHUNK, count - done),
                        random);
                connection.commit();
            }
            return single(connection, "SELECT COUNT(*) FROM item WHERE id >= " + FIRST_ID, null);
        }
    }

    private static void insertChunk(Connection connection, long qualificationId, List<Long> criteria, long firstId,
            int size, Random random) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement item = connection.prepareStatement("INSERT INTO item (id, qualification_id, reference, "
                + "status, item_type, difficulty, author, stem_text, created_at, updated_at, lock_version) "
                + "VALUES (?, ?, ?, ?, 'SINGLE_CHOICE', ?, 'generator', ?, ?, ?, 1)");
                PreparedStatement version = connection.prepareStatement("INSERT INTO item_version (id, item_id, "
                        + "version_number, item_type, stem, answer, difficulty, language, author, created_at) VALUES "
                        + "(?, ?, 1, 'SINGLE_CHOICE', ?, ?, ?, 'pl', 'generator', ?)");
                PreparedStatement tag = connection.prepareStatement(
                        "INSERT INTO item_version_criterion (version_id, criterion_id) VALUES (?, ?)");
                PreparedStatement itemTag = connection.prepareStatement(
                        "INSERT INTO item_criterion (criterion_id, item_id) VALUES (?, ?)");
                PreparedStatement word = connection.prepareStatement(
                        "INSERT INTO item_word (word, item_id) VALUES (?, ?)");
                PreparedStatement link = connection.prepareStatement("UPDATE item SET latest_version_id = ?, "
                        + "approved_version_id = ? WHERE id = ?")) {
            for (int n = 0; n < size; n++) {
                long id = firstId + 2L * n;
                long versionId = id + 1;
                String stem = "Kto " + pick(VERBS, random) + " " + pick(SUBJECTS, random) + " "
                        + pick(CONTEXTS, random) + " (wariant " + id + ")?";
                String status = pick(STATUSES, random);
                String difficulty = pick(DIFFICULTIES, random);
                item.setLong(1, id);
                item.setLong(2, qualificationId);
                item.setString(3, "GEN-" + id);
                item.setString(4, status);
                item.setString(5, difficulty);
                item.setString(6, stem);
                for (String w : ItemDrafting.searchWords(stem, ANSWER)) {
                    batch(word, w, id);
                }
                item.setTimestamp(7, now);
                item.setTimestamp(8, now);
                item.addBatch();
                version.setLong(1, versionId);
                version.setLong(2, id);
                version.setString(3, "<p>" + stem + "</p>");
                version.setString(4, ANSWER_JSON);
                version.setString(5, difficulty);
                version.setTimestamp(6, now);
                version.addBatch();
                long criterion = criteria.get(random.nextInt(criteria.size()));
                batch(tag, versionId, criterion);
                batch(itemTag, criterion, id);
                link.setLong(1, versionId);
                if (status.equals("DRAFT") || status.equals("IN_REVIEW")) {
                    link.setNull(2, java.sql.Types.BIGINT);
                } else {
                    link.setLong(2, versionId);
                }
                link.setLong(3, id);
                link.addBatch();
            }
            item.executeBatch();
            version.executeBatch();
            tag.executeBatch();
            itemTag.executeBatch();
            word.executeBatch();
            link.executeBatch();
        }
    }

    private static void batch(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static long single(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setObject(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<Long> ids(Connection connection, String sql, long parameter) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }
}
