package pl.certbank.items.entity.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.certbank.items.entity.ItemType;

class AnswerJsonTest {

    private static final List<Answer> EVERY_KIND = List.of(
            Choice.single(List.of(new Choice.Option("Zgoda „klienta”", true), new Choice.Option("Umowa", false))),
            Choice.multiple(List.of(new Choice.Option("a", true), new Choice.Option("b", true),
                    new Choice.Option("c", false))),
            new TrueFalse(false),
            new Matching(List.of(new Matching.Pair("R", "Recency"), new Matching.Pair("F", "Frequency")),
                    List.of("Loyalty")),
            new Ordering(List.of("lead", "kwalifikacja", "oferta")),
            new ShortAnswer(List.of("72", "72 godziny"), true, new BigDecimal("0.5")));

    @Test
    void everyKindOfAnswerSurvivesTheRoundTrip() {
        for (Answer answer : EVERY_KIND) {
            assertEquals(answer, AnswerJson.read(answer.type(), AnswerJson.write(answer)));
        }
    }

    /** Exactly what versions stored before the answer types existed (commit b05ff81's AnswerJson.write). */
    @Test
    void versionsStoredBeforeTheAnswerTypesReadAsTheyWereWritten() {
        String envelope = "\"pairs\":[],\"distractors\":[],\"sequence\":[],\"accepted\":[],\"numeric\":false";
        assertEquals(Choice.single(List.of(new Choice.Option("Zgoda", true), new Choice.Option("Umowa", false))),
                AnswerJson.read(ItemType.SINGLE_CHOICE, "{\"options\":[{\"text\":\"Zgoda\",\"correct\":true},"
                        + "{\"text\":\"Umowa\",\"correct\":false}]," + envelope + "}"));
        assertEquals(new TrueFalse(true),
                AnswerJson.read(ItemType.TRUE_FALSE, "{\"options\":[],\"truth\":true," + envelope + "}"));
        assertEquals(new Matching(List.of(new Matching.Pair("R", "Recency")), List.of("Loyalty")),
                AnswerJson.read(ItemType.MATCHING, "{\"options\":[],\"pairs\":[{\"premise\":\"R\",\"response\":"
                        + "\"Recency\"}],\"distractors\":[\"Loyalty\"],\"sequence\":[],\"accepted\":[],"
                        + "\"numeric\":false}"));
        assertEquals(new ShortAnswer(List.of("72"), true, new BigDecimal("0.5")),
                AnswerJson.read(ItemType.SHORT_ANSWER, "{\"options\":[],\"pairs\":[],\"distractors\":[],"
                        + "\"sequence\":[],\"accepted\":[\"72\"],\"numeric\":true,\"tolerance\":0.5}"));
    }

    @Test
    void everyAnswerKeepsTheSharedShapeWithOnlyItsOwnFieldsFilled() {
        JsonObject trueFalse = parse(AnswerJson.write(new TrueFalse(false)));
        assertEquals(Json.createReader(new StringReader("{\"options\":[],\"pairs\":[],\"distractors\":[],"
                + "\"sequence\":[],\"accepted\":[],\"numeric\":false,\"truth\":false}")).readObject(), trueFalse);
        for (Answer answer : EVERY_KIND) {
            JsonObject stored = parse(AnswerJson.write(answer));
            for (String field : List.of("options", "pairs", "distractors", "sequence", "accepted", "numeric")) {
                assertEquals(true, stored.containsKey(field), answer.type() + " stores " + field);
            }
        }
    }

    @Test
    void theApiShowsTheStableIdsBesideTheTexts() {
        JsonObject shown = AnswerJson.shown(EVERY_KIND.get(3));
        assertEquals("p2", shown.getJsonArray("pairs").getJsonObject(1).getString("premiseId"));
        assertEquals("r1", shown.getJsonArray("pairs").getJsonObject(1).getString("responseId"), "Frequency < Loyalty");
        assertEquals("o2", AnswerJson.shown(EVERY_KIND.get(0)).getJsonArray("options").getJsonObject(1)
                .getString("id"));
        assertEquals(false, parse(AnswerJson.write(EVERY_KIND.get(0))).getJsonArray("options").getJsonObject(0)
                .containsKey("id"), "ids are worked out, never stored");
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
