package pl.certbank.web.blueprints.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import pl.certbank.assembly.boundary.AssemblyRuns;
import pl.certbank.assembly.control.Feasibility;
import pl.certbank.blueprints.entity.Blueprint;
import pl.certbank.blueprints.entity.BlueprintRulesJson;
import pl.certbank.blueprints.entity.BlueprintVersion;

/**
 * Blueprints as the API shows them: the same fields a client sends (so a GET body can be edited and PUT back), plus
 * id, revision, version number and the version list.
 */
final class BlueprintViews {

    private BlueprintViews() {
    }

    static JsonObject of(Blueprint blueprint) {
        BlueprintVersion latest = blueprint.getLatestVersion();
        JsonArrayBuilder versions = Json.createArrayBuilder();
        blueprint.getVersions().forEach(v -> versions.add(Json.createObjectBuilder().add("number", v.getNumber())
                .add("author", v.getAuthor()).add("createdAt", v.getCreatedAt().toString())));
        return version(latest).add("id", blueprint.getId()).add("revision", blueprint.getLockVersion())
                .add("createdBy", blueprint.getCreatedBy()).add("versions", versions).build();
    }

    static JsonObjectBuilder version(BlueprintVersion version) {
        return Json.createObjectBuilder().add("name", version.getName())
                .add("qualification", version.getBlueprint().getQualification().getCode())
                .add("version", version.getNumber()).addAll(BlueprintRulesJson.object(version.rules()));
    }

    static JsonObject summary(Blueprint blueprint) {
        BlueprintVersion latest = blueprint.getLatestVersion();
        var rules = latest.rules();
        return Json.createObjectBuilder().add("id", blueprint.getId()).add("name", blueprint.getName())
                .add("qualification", blueprint.getQualification().getCode()).add("version", latest.getNumber())
                .add("forms", rules.forms()).add("itemsPerForm", rules.itemsPerForm())
                .add("updatedAt", blueprint.getUpdatedAt().toString()).build();
    }

    static JsonObject diagnosis(AssemblyRuns.Diagnosis diagnosis) {
        JsonArrayBuilder shortfalls = Json.createArrayBuilder();
        for (Feasibility.Shortfall s : diagnosis.shortfalls()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("rule", s.rule()).add("needed", s.needed())
                    .add("available", s.available()).add("text", s.text());
            if (s.cell() != null) {
                o.add("level", s.cell().kind().name()).add("code", s.cell().code());
            }
            shortfalls.add(o);
        }
        return Json.createObjectBuilder().add("blueprint", diagnosis.version().getBlueprint().getId())
                .add("version", diagnosis.version().getNumber()).add("candidates", diagnosis.poolSize())
                .add("feasible", diagnosis.shortfalls().isEmpty()).add("shortfalls", shortfalls).build();
    }
}
