package pl.certbank.web.blueprints.api;

import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import pl.certbank.blueprints.entity.BlueprintRules;
import pl.certbank.blueprints.entity.BlueprintRulesJson;
import pl.certbank.input.JsonInput;

/** What a client sends to create, change or check a blueprint: name, qualification and the rules' fields. */
public record BlueprintInput(String qualification, String name, BlueprintRules rules) {

    static BlueprintInput read(JsonValue body) {
        JsonInput json = JsonInput.strict(body);
        List<String> ignored = new ArrayList<>(List.of("id", "revision", "version", "versions", "createdBy",
                "createdAt", "updatedAt"));
        json.allow(ignored);
        BlueprintInput input = new BlueprintInput(json.string("qualification"), json.string("name"),
                BlueprintRulesJson.from(json));
        json.done();
        return input;
    }
}
