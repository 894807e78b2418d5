package pl.certbank.printing.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pl.certbank.blueprints.entity.BlueprintRules.PassMark;
import pl.certbank.input.JsonInput;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.AnswerJson;
import pl.certbank.items.entity.answers.ScoringRule;
import pl.certbank.publishing.control.Snapshot;
import pl.certbank.publishing.control.SnapshotHash;
import pl.certbank.publishing.control.SnapshotJson;
import pl.certbank.publishing.control.Variants;

/** A published form of the first {@code n} demo items (every type), as the bank would seal it. */
public final class PaperFixture {

    public static final Instant PUBLISHED = Instant.parse("2026-11-30T10:00:00Z");

    private PaperFixture() {
    }

    public static Snapshot snapshot(int n) {
        JsonObject bank = read();
        List<Snapshot.Item> items = new ArrayList<>();
        var entries = bank.getJsonArray("items");
        for (int i = 0; i < n; i++) {
            JsonObject e = entries.getJsonObject(i);
            ItemType type = ItemType.valueOf(e.getString("type"));
            JsonInput fields = JsonInput.strict(e);
            Answer answer = AnswerJson.from(type, fields);
            boolean partial = type == ItemType.MULTIPLE_RESPONSE || type == ItemType.MATCHING
                    || type == ItemType.ORDERING;
            List<String> criteria = e.getJsonArray("criteria").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList();
            items.add(new Snapshot.Item(i + 1, e.getString("ref"), 1000 + i, 1, type, e.getString("stem"), answer,
                    new ScoringRule(BigDecimal.ONE, partial, true), criteria, List.of("E1"), List.of("S1"),
                    List.of()));
        }
        return new Snapshot("CRM-PRK4-PAPER-1", "Test teoretyczny — zażółć gęślą jaźń, ZAŻÓŁĆ GĘŚLĄ JAŹŃ",
                new Snapshot.Qualification("CRM-PRK4",
                        "Zarządzanie relacjami z klientem z wykorzystaniem systemu CRM", "Dz.U. 2024 poz. 1", 1),
                60, new PassMark(new BigDecimal("60"), null, Map.of()), items,
                List.of(new Snapshot.VariantSeed("A", 42L), new Snapshot.VariantSeed("B", 43L)));
    }

    public static String hash(Snapshot snapshot) {
        return SnapshotHash.of(SnapshotJson.write(snapshot));
    }

    /** A copy of the snapshot arranged by {@code seed}, tagged as print-job copy {@code id}. */
    public static PaperCopy copy(Snapshot snapshot, long id, long seed) {
        return new PaperCopy(snapshot, hash(snapshot), PUBLISHED,
                Variants.of("P" + id, seed, snapshot.arrangeable()), SheetCode.COPY + id, "egzemplarz " + id);
    }

    private static JsonObject read() {
        try (InputStream in = PaperFixture.class.getClassLoader().getResourceAsStream("demo/items-crm.json")) {
            return Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
