package pl.certbank.publishing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotJsonTest {

    private static final Set<String> CANDIDATE_FIELDS = Set.of("form", "title", "variant", "snapshotHash",
            "qualification", "code", "name", "timeLimitMinutes", "items", "position", "reference", "type", "stem",
            "points", "answer", "multiple", "options", "id", "text", "premises", "responses", "elements", "numeric");

    @Test
    void aSnapshotReadBackIsTheSnapshotWrittenAndItsTextIsCanonical() {
        Snapshot snapshot = QtiFixture.snapshot();
        String written = SnapshotJson.write(snapshot);
        Snapshot read = SnapshotJson.read(written);
        assertEquals(written, SnapshotJson.write(read));
        assertEquals(snapshot.items().size(), read.items().size());
        for (int i = 0; i < snapshot.items().size(); i++) {
            assertEquals(snapshot.items().get(i).answer(), read.items().get(i).answer());
            assertEquals(snapshot.items().get(i).rule(), read.items().get(i).rule());
            assertEquals(snapshot.items().get(i).criteria(), read.items().get(i).criteria());
        }
        assertEquals(snapshot.passMark(), read.passMark());
        assertEquals(snapshot.variants(), read.variants());
        assertEquals(written, new String(SnapshotHash.canonical(written), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(SnapshotHash.of(written), SnapshotHash.of(SnapshotJson.write(QtiFixture.snapshot())));
    }

    @Test
    void aCandidatePayloadNamesOnlyWhatACandidateSeesInTheVariantsOrder() {
        Snapshot snapshot = QtiFixture.snapshot();
        Variant a = snapshot.variant("A").orElseThrow();
        JsonObject payload = Json.createReader(new StringReader(CandidatePayload.of(snapshot, "h", a))).readObject();
        List<String> fields = new ArrayList<>();
        walk(payload, fields);
        fields.removeAll(CANDIDATE_FIELDS);
        assertEquals(List.of(), fields, "fields beyond the candidate's whitelist");
        JsonArray items = payload.getJsonArray("items");
        for (int shown = 0; shown < items.size(); shown++) {
            assertEquals(snapshot.items().get(a.items().get(shown)).reference(), items.getJsonObject(shown)
                    .getString("reference"));
        }
        JsonObject choice = items.getValuesAs(JsonObject.class).stream().filter(i -> i.getString("reference")
                .equals("CRM-101")).findFirst().orElseThrow();
        assertEquals(a.arrangements().get(0).get(0), choice.getJsonObject("answer").getJsonArray("options")
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList());
        assertTrue(choice.getString("stem").contains(CandidatePayload.IMAGES + "7"));
        assertFalse(CandidatePayload.of(snapshot, "h", a).contains("Etapy drogi klienta\",\"correct"));
        assertNotEquals(CandidatePayload.of(snapshot, "h", a), CandidatePayload.of(snapshot, "h",
                snapshot.variant("B").orElseThrow()));
    }

    @Test
    void storedImageAddressesBecomeDeliverysOnes() {
        assertEquals("<img src=\"" + CandidatePayload.IMAGES + "12\">",
                CandidatePayload.delivered("<img src=\"/bank/api/v1/images/12\">"));
        assertEquals(List.of(12L, 3L), SnapshotBuilder.images("<img src=\"/bank/api/v1/images/12\"><img src=\""
                + "/bank/api/v1/images/3\"><img src=\"/bank/api/v1/images/12\">"));
    }

    private static void walk(JsonValue value, List<String> fields) {
        if (value instanceof JsonObject object) {
            object.forEach((field, child) -> {
                fields.add(field);
                walk(child, fields);
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(child -> walk(child, fields));
        }
    }
}
