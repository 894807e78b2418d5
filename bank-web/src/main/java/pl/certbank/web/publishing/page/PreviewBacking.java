package pl.certbank.web.publishing.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import pl.certbank.publishing.boundary.Publishing;
import pl.certbank.web.faces.Notices;

/**
 * Backs publishing/preview.xhtml: one variant of a published form exactly as exam clients get it (the payload built
 * at publication), item by item in the variant's order, options in its arrangement.
 */
@Named
@RequestScoped
public class PreviewBacking {

    @Inject
    Publishing publishing;

    private long form;
    private String variant = "A";
    private JsonObject payload;
    private List<String> variants = List.of();
    private String hash;

    /** One item as shown: its position, reference, stem (sanitised HTML), points and answer texts. */
    public record Shown(int position, String reference, String type, String stem, String points, List<String> texts,
            List<String> responses) {
    }

    public void load() {
        try {
            var published = publishing.published(form);
            variants = published.variants().stream().map(v -> v.getName()).toList();
            hash = published.snapshot().getContentHash();
            payload = Json.createReader(new ByteArrayInputStream(publishing.variant(form, variant).bytes()))
                    .readObject();
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
    }

    public List<Shown> getItems() {
        if (payload == null) {
            return List.of();
        }
        List<Shown> items = new ArrayList<>();
        for (JsonObject item : payload.getJsonArray("items").getValuesAs(JsonObject.class)) {
            JsonObject answer = item.getJsonObject("answer");
            items.add(new Shown(item.getInt("position"), item.getString("reference"),
                    Notices.text("ItemType." + item.getString("type")),
                    item.getString("stem").replace(pl.certbank.publishing.control.CandidatePayload.IMAGES,
                            pl.certbank.items.entity.ItemImage.URL_PREFIX),
                    item.getString("points"), texts(answer, answer.containsKey("options") ? "options"
                            : answer.containsKey("premises") ? "premises" : "elements"),
                    texts(answer, "responses")));
        }
        return items;
    }

    private static List<String> texts(JsonObject answer, String field) {
        if (!(answer.get(field) instanceof jakarta.json.JsonArray array)) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (JsonValue v : array) {
            texts.add(v.asJsonObject().getString("text"));
        }
        return texts;
    }

    public String getHash() {
        return hash;
    }

    public List<String> getVariants() {
        return variants;
    }

    public String getCode() {
        return payload == null ? "" : payload.getString("form");
    }

    public long getForm() {
        return form;
    }

    public void setForm(long form) {
        this.form = form;
    }

    public String getVariant() {
        return variant;
    }

    public void setVariant(String variant) {
        this.variant = variant;
    }
}
