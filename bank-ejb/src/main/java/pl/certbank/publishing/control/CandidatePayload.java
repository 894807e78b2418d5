package pl.certbank.publishing.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import pl.certbank.items.entity.ItemImage;

/**
 * What an exam client gets of one variant of a published form: the items in the variant's order, each with its
 * reference (which a response names), type, stem, points and answer area in the variant's arrangement, and nothing
 * else: no key, rationale, statistics, author or version history. Built once at publication as canonical JSON and
 * served as those bytes. Stems show their images from delivery ({@value #IMAGES}{id}), where the exam client's token
 * is checked.
 */
public final class CandidatePayload {

    /** Where exam clients fetch a form's images. */
    public static final String IMAGES = "/bank/api/v1/delivery/images/";

    private static final Pattern IMAGE = Pattern.compile(Pattern.quote(ItemImage.URL_PREFIX) + "(\\d+)");

    private CandidatePayload() {
    }

    /** The canonical JSON of {@code variant} of the snapshot whose hash is {@code snapshotHash}. */
    public static String of(Snapshot snapshot, String snapshotHash, Variant variant) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        int shown = 0;
        for (int position : variant.items()) {
            Snapshot.Item item = snapshot.items().get(position);
            items.add(Json.createObjectBuilder().add("position", ++shown).add("reference", item.reference())
                    .add("type", item.type().name()).add("stem", delivered(item.stem()))
                    .add("points", SnapshotJson.decimal(item.rule().points()))
                    .add("answer", ViewJson.of(item.view(), variant.arrangements().get(position))));
        }
        String json = Json.createObjectBuilder().add("form", snapshot.code()).add("title", snapshot.title())
                .add("variant", variant.name()).add("snapshotHash", snapshotHash)
                .add("qualification", Json.createObjectBuilder().add("code", snapshot.qualification().code())
                        .add("name", snapshot.qualification().name()))
                .add("timeLimitMinutes", snapshot.timeLimitMinutes()).add("items", items).build().toString();
        return new String(SnapshotHash.canonical(json), StandardCharsets.UTF_8);
    }

    /** The stem with its stored images' addresses turned into delivery's. */
    static String delivered(String stem) {
        return IMAGE.matcher(stem).replaceAll(IMAGES.replace("$", "\\$") + "$1");
    }
}
