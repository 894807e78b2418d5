package pl.certbank.delivery.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import pl.certbank.delivery.entity.DeliveryRefusal;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.Response;
import pl.certbank.items.entity.answers.Score;
import pl.certbank.publishing.control.Snapshot;
import pl.certbank.refusals.Refusal;

/**
 * Scores a candidate's responses with a snapshot's keys and rules, the errata applied in sequence: each item by its
 * type's own rule, then summed per criterion, outcome, set and in total against the pass mark ({@link ResultSheet}).
 * Responses name items by reference; an item without one is unanswered (0 points). A response naming no item of the
 * form, or of the wrong shape, refuses the whole submission (400 naming the item), so nothing half-read is scored.
 */
public final class Scoring {

    private Scoring() {
    }

    /** A scored attempt: the result sheet, and each item's score in form order. */
    public record Scored(ResultSheet sheet, List<ResultSheet.Scored> items) {
    }

    /** Refuses responses that name no item of the form or that no item can read. */
    public static void check(Snapshot snapshot, JsonObject responses) {
        Set<String> known = new TreeSet<>();
        snapshot.items().forEach(i -> known.add(i.reference()));
        for (String reference : responses.keySet()) {
            if (!known.contains(reference)) {
                throw Refusal.of(DeliveryRefusal.UNKNOWN_ITEM, snapshot.code(), reference);
            }
        }
        for (Snapshot.Item item : snapshot.items()) {
            JsonValue json = responses.get(item.reference());
            if (json != null && json != JsonValue.NULL) {
                Score score = item.answer().score(item.answer().response(json), item.rule());
                if (score.verdict() == Score.Verdict.MALFORMED) {
                    throw Refusal.of(DeliveryRefusal.MALFORMED_RESPONSE, item.reference(), score.reason());
                }
            }
        }
    }

    /** The responses scored with the answers as corrected by {@code errata} (position → answer, in sequence). */
    public static Scored score(Snapshot snapshot, List<Map.Entry<Integer, Answer>> errata, JsonObject responses) {
        Answer[] answers = snapshot.items().stream().map(Snapshot.Item::answer).toArray(Answer[]::new);
        for (Map.Entry<Integer, Answer> erratum : errata) {
            answers[erratum.getKey() - 1] = erratum.getValue();
        }
        List<ResultSheet.Scored> items = new ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            Snapshot.Item item = snapshot.items().get(i);
            JsonValue json = responses.get(item.reference());
            Response response = json == null || json == JsonValue.NULL ? new Response.Empty()
                    : answers[i].response(json);
            items.add(new ResultSheet.Scored(item.reference(), Set.copyOf(item.criteria()),
                    Set.copyOf(item.outcomes()), Set.copyOf(item.sets()), answers[i].score(response, item.rule())));
        }
        return new Scored(ResultSheet.of(items, snapshot.passMark()), items);
    }
}
