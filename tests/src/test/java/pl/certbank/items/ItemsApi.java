package pl.certbank.items;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import pl.certbank.support.BankApi;

/** Item calls the container tests share: a fresh single-choice item, its ETag, lifecycle steps. */
final class ItemsApi {

    private ItemsApi() {
    }

    static String marker() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String singleChoice(String stem, String criterion) {
        return """
                {"qualification": "CRM-PRK4", "type": "SINGLE_CHOICE", "stem": "%s",
                 "options": [{"text": "art. 6 ust. 1 lit. b RODO", "correct": true},
                             {"text": "art. 9 ust. 2 lit. a RODO"}, {"text": "art. 17 ust. 1 RODO"},
                             {"text": "art. 33 ust. 1 RODO"}],
                 "criteria": ["%s"], "difficulty": "MEDIUM", "cognitiveLevel": "APPLY"}
                """.formatted(stem.replace("\"", "\\\""), criterion);
    }

    /** Creates an item as {@code role} and returns the created item's JSON. */
    static JsonObject create(String role, String json) {
        HttpResponse<String> response = BankApi.send("POST", "/api/v1/items", role, json);
        assertEquals(201, response.statusCode(), response.body());
        return (JsonObject) BankApi.json(response);
    }

    static HttpResponse<String> post(String role, long id, String action, String body, String etag) {
        return etag == null ? BankApi.send("POST", "/api/v1/items/" + id + action, role, body)
                : BankApi.send("POST", "/api/v1/items/" + id + action, role, body, "If-Match", etag);
    }

    static HttpResponse<String> approve(String role, long id) {
        return BankApi.send("POST", "/api/v1/reviews/" + id + "/approve", role, "{}");
    }

    static JsonObject read(String role, long id) {
        HttpResponse<String> response = BankApi.getAs(role, "/api/v1/items/" + id);
        assertEquals(200, response.statusCode(), response.body());
        return (JsonObject) BankApi.json(response);
    }

    static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    static String etagOf(String role, long id) {
        return etag(BankApi.getAs(role, "/api/v1/items/" + id));
    }
}
