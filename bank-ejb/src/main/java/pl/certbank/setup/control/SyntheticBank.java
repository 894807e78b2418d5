package pl.certbank.setup.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import pl.certbank.audit.control.AuditTrail;
import pl.certbank.audit.entity.AuditEntry;
import pl.certbank.items.control.ItemAudit;
import pl.certbank.items.control.ItemDrafting;
import pl.certbank.items.control.ItemLifecycle;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemStatus;
import pl.certbank.items.entity.ItemTransition;
import pl.certbank.items.entity.ItemVersion;
import pl.certbank.items.entity.answers.AnswerJson;
import pl.certbank.items.entity.answers.Choice;
import pl.certbank.qualifications.entity.Criterion;

/**
 * Fills the bank with generated items for benchmarks (demo mode only): the bulk path. Each item is made by the domain
 * itself in memory (the entity works out its text, words and answer JSON; the lifecycle steps and their audit entries
 * are those of {@link ItemLifecycle} and {@link ItemAudit}), and then its rows are written with JDBC batches, a
 * thousand items a transaction: the same rows and audit entries as authored items, a hundred times faster. Ids come
 * from a range far above the id sequence, so real items never collide with them.
 */
public final class SyntheticBank {

    static final long FIRST_ID = 1_000_000_000L;
    static final int CHUNK = 1000;
    /** Ids per item: the item, its version, up to four transitions and four audit entries. */
    static final int STRIDE = 10;
    static final String AUTHOR = "generator";
    static final String REVIEWER = "generator-reviewer";
    private static final String[] SUBJECTS = {"klienta", "leada", "szansy sprzedaży", "oferty", "raportu", "lejka",
            "segmentu", "kontaktu", "zadania", "kampanii", "zgody", "danych osobowych", "etapu", "kontrahenta"};
    private static final String[] VERBS = {"aktualizuje", "filtruje", "przypisuje", "generuje", "analizuje",
            "tworzy", "zabezpiecza", "wprowadza", "porównuje", "monitoruje", "planuje", "weryfikuje"};
    private static final String[] CONTEXTS = {"w systemie CRM", "zgodnie z RODO", "na etapie negocjacji",
            "w raporcie kwartalnym", "dla klienta biznesowego", "w kampanii e-mailowej", "w historii zdarzeń",
            "przy imporcie z arkusza", "według kryterium SMART", "w widoku lejka sprzedaży"};
    /** Every generated item has the same four options, the first the key. */
    private static final Choice ANSWER = Choice.single(List.of(new Choice.Option("opcja a", true),
            new Choice.Option("opcja b", false), new Choice.Option("opcja c", false),
            new Choice.Option("opcja d", false)));
    private static final ItemStatus[] STATUSES = {ItemStatus.APPROVED, ItemStatus.APPROVED, ItemStatus.APPROVED,
            ItemStatus.DRAFT, ItemStatus.IN_REVIEW, ItemStatus.RETIRED};
    private static final String[] TABLES = {"item", "item_version", "item_version_criterion", "item_criterion",
            "item_word", "item_transition", "audit_entry"};

    private SyntheticBank() {
    }

    /** One generated item as the domain made it, with the audit entries its steps recorded. */
    private record Generated(long id, Item item, ItemVersion version, Criterion criterion, List<AuditEntry> audit) {
    }

    /** Adds {@code count} items tagged to {@code criteria}; returns how many generated items the bank now holds. */
    public static long generate(DataSource dataSource, long qualificationId, List<Criterion> criteria, int count)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long start = Math.max(FIRST_ID,
                    single(connection, "SELECT GREATEST(COALESCE((SELECT MAX(id) FROM item), 0),"
                            + " COALESCE((SELECT MAX(id) FROM item_transition), 0), COALESCE((SELECT MAX(id) FROM audit_entry),"
                            + " 0)) + 1"));
            Random random = new Random(start);
            for (int done = 0; done < count; done += CHUNK) {
                List<Generated> chunk = new ArrayList<>();
                for (int n = 0; n < Math.min(CHUNK, count - done); n++) {
                    chunk.add(make(start + (long) STRIDE * (done + n), criteria, random));
                }
                new Rows(connection, qualificationId).write(chunk);
                connection.commit();
            }
            analyseOnPostgreSql(connection);
            return single(connection, "SELECT COUNT(*) FROM item WHERE id >= " + FIRST_ID);
        }
    }

    private static Generated make(long id, List<Criterion> criteria, Random random) {
        String stem = "Kto " + pick(VERBS, random) + " " + pick(SUBJECTS, random) + " " + pick(CONTEXTS, random)
                + " (wariant " + id + ")?";
        Criterion criterion = criteria.get(random.nextInt(criteria.size()));
        Difficulty difficulty = Difficulty.values()[random.nextInt(Difficulty.values().length)];
        ItemContent content = ItemDrafting.clean(new ItemContent("<p>" + stem + "</p>", ANSWER, null,
                Set.of(criterion.getCode()), difficulty, null, null, List.of(), null, "pl"));
        if (!content.violations().isEmpty()) {
            throw new IllegalStateException("A generated item breaks the rules: " + content.violations());
        }
        List<AuditEntry> audit = new ArrayList<>();
        ItemLifecycle lifecycle = new ItemLifecycle(new AuditTrail() {
            @Override
            public void record(AuditEntry entry) {
                audit.add(entry);
            }
        }) {
            @Override
            protected long idOf(Item unsaved) {
                return id;
            }
        };
        Item item = new Item(null, "GEN-" + id, AUTHOR);
        ItemVersion version = item.revise(content, List.of(criterion), AUTHOR);
        audit.add(ItemAudit.created(AUTHOR, id, version));
        ItemStatus status = pick(STATUSES, random);
        if (status != ItemStatus.DRAFT) {
            lifecycle.submit(item, AUTHOR);
        }
        if (status == ItemStatus.APPROVED || status == ItemStatus.RETIRED) {
            lifecycle.approve(item, REVIEWER, null);
        }
        if (status == ItemStatus.RETIRED) {
            lifecycle.retire(item, REVIEWER, "generated as retired");
        }
        return new Generated(id, item, version, criterion, audit);
    }

    /** PostgreSQL plans by statistics that only ANALYZE refreshes; a bulk write outruns autovacuum (if it runs). */
    private static void analyseOnPostgreSql(Connection connection) throws SQLException {
        if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            connection.setAutoCommit(true);
            try (var statement = connection.createStatement()) {
                statement.execute("ANALYZE " + String.join(", ", TABLES));
            }
        }
    }

    /** The rows of a chunk of generated items, written as one batch per table. */
    private static final class Rows {
        private final Connection connection;
        private final long qualificationId;

        Rows(Connection connection, long qualificationId) {
            this.connection = connection;
            this.qualificationId = qualificationId;
        }

        void write(List<Generated> chunk) throws SQLException {
            try (PreparedStatement item = connection.prepareStatement("INSERT INTO item (id, qualification_id, "
                    + "reference, status, item_type, difficulty, author, stem_text, created_at, updated_at, "
                    + "retired_reason, lock_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
                    PreparedStatement version = connection.prepareStatement("INSERT INTO item_version (id, item_id, "
                            + "version_number, item_type, stem, answer, difficulty, keywords, language, author, "
                            + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement tag = connection.prepareStatement(
                            "INSERT INTO item_version_criterion (version_id, criterion_id) VALUES (?, ?)");
                    PreparedStatement itemTag = connection.prepareStatement(
                            "INSERT INTO item_criterion (criterion_id, item_id) VALUES (?, ?)");
                    PreparedStatement word = connection.prepareStatement(
                            "INSERT INTO item_word (word, item_id) VALUES (?, ?)");
                    PreparedStatement transition = connection.prepareStatement("INSERT INTO item_transition (id, "
                            + "item_id, version_number, from_status, to_status, actor, occurred_at, reason) VALUES "
                            + "(?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement audit = connection.prepareStatement("INSERT INTO audit_entry (id, occurred_at, "
                            + "actor, action, subject_kind, subject_id, version_number, before_value, after_value) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement link = connection.prepareStatement("UPDATE item SET latest_version_id = ?, "
                            + "approved_version_id = ? WHERE id = ?")) {
                for (Generated g : chunk) {
                    Item i = g.item();
                    ItemVersion v = g.version();
                    long versionId = g.id() + 1;
                    batch(item, g.id(), qualificationId, i.getReference(), i.getStatus().name(), i.getType().name(),
                            i.getDifficulty().name(), i.getAuthor(), i.getStemText(), time(i.getCreatedAt()),
                            time(i.getUpdatedAt()), i.getRetiredReason());
                    batch(version, versionId, g.id(), v.getNumber(), v.getType().name(), v.getStem(),
                            AnswerJson.write(v.answer()), v.getDifficulty().name(), String.join("; ", v.keywordList()),
                            v.getLanguage(), v.getAuthor(),
                            time(v.getCreatedAt()));
                    batch(tag, versionId, g.criterion().getId());
                    batch(itemTag, g.criterion().getId(), g.id());
                    for (String w : i.searchWords()) {
                        batch(word, w, g.id());
                    }
                    long next = g.id() + 2;
                    for (ItemTransition t : i.getTransitions()) {
                        batch(transition, next++, g.id(), t.getVersionNumber(),
                                t.getFrom() == null ? null : t.getFrom().name(), t.getTo().name(), t.getActor(),
                                time(t.getAt()), t.getReason());
                    }
                    next = g.id() + 6;
                    for (AuditEntry e : g.audit()) {
                        batch(audit, next++, time(e.getAt()), e.getActor(), e.getAction(),
                                e.getSubject().kind().name(), e.getSubject().id(), e.getVersionNumber(),
                                e.getBefore(), e.getAfter());
                    }
                    batch(link, versionId, i.getApprovedVersion() == null ? null : versionId, g.id());
                }
                for (PreparedStatement statement : List.of(item, version, tag, itemTag, word, transition, audit,
                        link)) {
                    statement.executeBatch();
                }
            }
        }

        private static Timestamp time(java.time.OffsetDateTime at) {
            return Timestamp.from(at.toInstant());
        }

        private static void batch(PreparedStatement statement, Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, java.sql.Types.NULL);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            statement.addBatch();
        }
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
