package pl.certbank.web.assembly.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import pl.certbank.assembly.control.FormsReview;
import pl.certbank.assembly.control.RunRecords;
import pl.certbank.assembly.entity.AssemblyRun;
import pl.certbank.assembly.entity.FormSlot;
import pl.certbank.assembly.entity.TestForm;

/** Runs and forms as the API shows them. Nothing of an item's key is in them: references and versions only. */
public final class RunViews {

    private RunViews() {
    }

    static JsonObject of(AssemblyRun run, List<long[]> progress, FormsReview review) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", run.getId())
                .add("blueprint", run.getBlueprintVersion().getBlueprint().getId())
                .add("blueprintVersion", run.getBlueprintVersion().getNumber()).add("status", run.getStatus().name())
                .add("requestedBy", run.getRequestedBy()).add("requestedAt", run.getRequestedAt().toString())
                .add("timeLimitSeconds", run.getTimeLimitSeconds());
        optional(json, "finishedAt", run.getFinishedAt());
        optional(json, "candidates", run.getPoolSize());
        optional(json, "objective", run.getObjective());
        optional(json, "bound", run.getBound());
        optional(json, "gap", run.getGap());
        optional(json, "millisToFirst", run.getMillisToFirst());
        optional(json, "millisTotal", run.getMillisTotal());
        optional(json, "message", run.getMessage());
        optional(json, "acceptedBy", run.getAcceptedBy());
        optional(json, "acceptedAt", run.getAcceptedAt());
        JsonArrayBuilder points = Json.createArrayBuilder();
        progress.forEach(p -> points.add(Json.createObjectBuilder().add("millis", p[0]).add("incumbent", p[1])
                .add("bound", p[2])));
        json.add("progress", points);
        JsonArrayBuilder forms = Json.createArrayBuilder();
        List<List<RunRecords.Placed>> placed = RunRecords.forms(run.getForms());
        for (int f = 0; f < placed.size(); f++) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            placed.get(f).forEach(p -> items.add(Json.createObjectBuilder().add("item", p.item())
                    .add("version", p.version()).add("reference", p.reference())));
            JsonObjectBuilder form = Json.createObjectBuilder().add("number", f + 1).add("items", items);
            if (review != null) {
                FormsReview.Form stats = review.forms().get(f);
                form.add("meanFacility", stats.meanFacility() / 1000.0);
                JsonObjectBuilder counts = Json.createObjectBuilder();
                stats.counts().forEach((cell, n) -> counts.add(cell.kind().name() + ":" + cell.code(), n));
                form.add("counts", counts);
            }
            forms.add(form);
        }
        json.add("forms", forms);
        if (review != null) {
            JsonArrayBuilder shared = Json.createArrayBuilder();
            for (int[] row : review.shared()) {
                JsonArrayBuilder r = Json.createArrayBuilder();
                for (int n : row) {
                    r.add(n);
                }
                shared.add(r);
            }
            json.add("shared", shared).add("facilitySpread", review.facilitySpread() / 1000.0);
        }
        json.add("violations", RunRecords.array(run.getViolations()));
        json.add("diagnosis", RunRecords.array(run.getDiagnosis()));
        json.add("locks", run.getLocks() == null ? Json.createObjectBuilder().build()
                : Json.createReader(new java.io.StringReader(run.getLocks())).readObject());
        return json.build();
    }

    public static JsonObject form(TestForm form) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", form.getId()).add("code", form.getCode())
                .add("title", form.getTitle()).add("status", form.getStatus())
                .add("createdAt", form.getCreatedAt().toString());
        if (form.getBlueprintVersion() != null) {
            json.add("blueprint", form.getBlueprintVersion().getBlueprint().getId())
                    .add("blueprintVersion", form.getBlueprintVersion().getNumber());
        }
        optional(json, "run", form.getRun() == null ? null : form.getRun().getId());
        optional(json, "formNumber", form.getFormNumber());
        optional(json, "designer", form.getDesigner());
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (FormSlot slot : form.getSlots()) {
            items.add(Json.createObjectBuilder().add("slot", slot.getSlot())
                    .add("item", slot.getVersion().getItem().getId())
                    .add("reference", slot.getVersion().getItem().getReference())
                    .add("version", slot.getVersion().getNumber()).add("type", slot.getVersion().getType().name()));
        }
        return json.add("items", items).build();
    }

    private static void optional(JsonObjectBuilder json, String field, Object value) {
        if (value instanceof Long l) {
            json.add(field, l);
        } else if (value instanceof Integer i) {
            json.add(field, i);
        } else if (value instanceof Double d) {
            json.add(field, d);
        } else if (value != null) {
            json.add(field, value.toString());
        }
    }
}
