package pl.certbank.publishing.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import pl.certbank.items.entity.answers.AnswerView;
import pl.certbank.items.entity.answers.Choice;
import pl.certbank.items.entity.answers.Labelled;
import pl.certbank.items.entity.answers.Matching;
import pl.certbank.items.entity.answers.Ordering;
import pl.certbank.items.entity.answers.ShortAnswer;
import pl.certbank.items.entity.answers.TrueFalse;

/**
 * What a candidate sees of an answer area, as JSON: the texts with their ids, in the order a variant shows them
 * ({@code arranged}: the item's groups of ids as {@link Variant#arrangements()} holds them; null keeps the author's
 * order). A whitelist: each view's fields are named here, so nothing else can reach a candidate.
 */
final class ViewJson {

    private ViewJson() {
    }

    static JsonObject of(AnswerView view, List<List<String>> arranged) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (view instanceof Choice.View choice) {
            json.add("multiple", choice.multiple()).add("options", texts(choice.options(), group(arranged, 0)));
        } else if (view instanceof Matching.View matching) {
            json.add("premises", texts(matching.premises(), group(arranged, 0)))
                    .add("responses", texts(matching.responses(), group(arranged, 1)));
        } else if (view instanceof Ordering.View ordering) {
            json.add("elements", texts(ordering.elements(), group(arranged, 0)));
        } else if (view instanceof ShortAnswer.View shortAnswer) {
            json.add("numeric", shortAnswer.numeric());
        } else if (!(view instanceof TrueFalse.View)) {
            throw new IllegalArgumentException("No candidate view is written for " + view.getClass());
        }
        return json.build();
    }

    private static List<String> group(List<List<String>> arranged, int index) {
        return arranged == null || index >= arranged.size() ? null : arranged.get(index);
    }

    private static JsonArrayBuilder texts(List<Labelled> texts, List<String> order) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        List<Labelled> shown = order == null ? texts
                : order.stream().map(id -> texts.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow())
                        .toList();
        shown.forEach(t -> array.add(Json.createObjectBuilder().add("id", t.id()).add("text", t.text())));
        return array;
    }
}
