package pl.certbank.items.entity.answers;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import pl.certbank.input.JsonInput;
import pl.certbank.items.entity.ItemType;
import pl.certbank.refusals.FieldError;

/**
 * Premises each matched to one response; {@code distractors} are responses that match no premise. Scored all or
 * nothing (every premise matched right), or with partial credit the share of premises matched right.
 */
public record Matching(List<Pair> pairs, List<String> distractors) implements Answer {

    /** A premise and the response that matches it. */
    public record Pair(String premise, String response) implements java.io.Serializable {
    }

    /** Premises as written ({@code p1}, ...) and every response, distractors included, in text order ({@code r1}). */
    public record View(List<Labelled> premises, List<Labelled> responses) implements AnswerView {

        /** Premises and responses each on their own, so that a premise's position says nothing of its response. */
        @Override
        public List<List<String>> arrangeable() {
            return List.of(AnswerView.ids(premises), AnswerView.ids(responses));
        }
    }

    /** The response id the candidate chose for each premise id: {@code {"matches": {"p1": "r3"}}}. */
    public record Matched(Map<String, String> matches) implements Response {
        public Matched {
            matches = Map.copyOf(matches);
        }
    }

    /** The rules a matching answer can break. */
    public enum Rule implements pl.certbank.refusals.Rule {
        TOO_FEW_PAIRS("give at least 2 premise–response pairs"),
        PAIR_INCOMPLETE("each premise needs exactly one matching response"),
        DUPLICATE_PREMISE("the premise ''{0}'' appears twice"),
        DUPLICATE_RESPONSE("the response ''{0}'' appears twice");

        private final String english;

        Rule(String english) {
            this.english = english;
        }

        @Override
        public String english() {
            return english;
        }
    }

    public static final int MAX_PAIRS = 12;
    public static final int MAX_DISTRACTORS = 10;

    public Matching {
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
        distractors = distractors == null ? List.of() : List.copyOf(distractors);
    }

    public static Matching read(JsonInput json) {
        return new Matching(json.objects("pairs").stream().map(p -> new Pair(p.text("premise"), p.text("response")))
                .toList(), json.strings("distractors"));
    }

    @Override
    public ItemType type() {
        return ItemType.MATCHING;
    }

    /** Every response a candidate chooses from: the pairs' responses, then the distractors. */
    public List<String> responses() {
        List<String> all = new ArrayList<>(pairs.stream().map(Pair::response).toList());
        all.addAll(distractors);
        return all;
    }

    @Override
    public List<FieldError> violations() {
        List<FieldError> errors = new ArrayList<>();
        if (pairs.size() < 2) {
            errors.add(FieldError.of("answer.pairs", Rule.TOO_FEW_PAIRS));
        }
        if (pairs.size() > MAX_PAIRS) {
            errors.add(FieldError.of("answer.pairs", AnswerRule.TOO_MANY, MAX_PAIRS, pairs.size()));
        }
        if (distractors.size() > MAX_DISTRACTORS) {
            errors.add(FieldError.of("answer.distractors", AnswerRule.TOO_MANY, MAX_DISTRACTORS, distractors.size()));
        }
        for (int i = 0; i < pairs.size(); i++) {
            if (Lists.blank(pairs.get(i).premise()) || Lists.blank(pairs.get(i).response())) {
                errors.add(FieldError.of("answer.pairs[" + i + "]", Rule.PAIR_INCOMPLETE));
            }
            Lists.length("answer.pairs[" + i + "]", pairs.get(i).premise(), errors);
            Lists.length("answer.pairs[" + i + "]", pairs.get(i).response(), errors);
        }
        for (int i = 0; i < distractors.size(); i++) {
            Lists.length("answer.distractors[" + i + "]", distractors.get(i), errors);
        }
        Lists.duplicates("answer.pairs", pairs, Pair::premise, Rule.DUPLICATE_PREMISE, errors);
        Lists.duplicates("answer.pairs", responses(), Function.identity(), Rule.DUPLICATE_RESPONSE, errors);
        return errors;
    }

    @Override
    public View candidateView() {
        List<Labelled> premises = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            premises.add(new Labelled(Ids.positional("p", i), pairs.get(i).premise()));
        }
        return new View(premises, Ids.labelledByText("r", responses()));
    }

    @Override
    public Matched key() {
        Map<String, String> matches = new LinkedHashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            matches.put(Ids.positional("p", i), Ids.ofText("r", responses(), pairs.get(i).response()));
        }
        return new Matched(matches);
    }

    @Override
    public Response response(JsonValue json) {
        if (json == null || json == JsonValue.NULL) {
            return new Response.Empty();
        }
        if (!(json instanceof JsonObject object) || !(object.get("matches") instanceof JsonObject matches)) {
            return new Response.Malformed("a matching response is {\"matches\": {premise id: response id}}");
        }
        Map<String, String> read = new LinkedHashMap<>();
        for (var entry : matches.entrySet()) {
            if (!(entry.getValue() instanceof JsonString response)) {
                return new Response.Malformed("the response chosen for " + entry.getKey() + " is not an id");
            }
            read.put(entry.getKey(), response.getString());
        }
        return read.isEmpty() ? new Response.Empty() : new Matched(read);
    }

    @Override
    public Score score(Response response, ScoringRule rule) {
        Score unusable = Score.unusable(response, Matched.class, rule);
        if (unusable != null) {
            return unusable;
        }
        Map<String, String> key = key().matches();
        Map<String, String> given = ((Matched) response).matches();
        List<String> responseIds = candidateView().responses().stream().map(Labelled::id).toList();
        for (var match : given.entrySet()) {
            if (!key.containsKey(match.getKey())) {
                return Score.malformed(rule, "no premise has the id " + match.getKey());
            }
            if (!responseIds.contains(match.getValue())) {
                return Score.malformed(rule, "no response has the id " + match.getValue());
            }
        }
        long right = key.entrySet().stream().filter(k -> k.getValue().equals(given.get(k.getKey()))).count();
        return Score.share(right, key.size(), rule);
    }

    @Override
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        pairs.forEach(p -> {
            texts.add(p.premise());
            texts.add(p.response());
        });
        texts.addAll(distractors);
        return texts;
    }

    @Override
    public List<AnswerLine> lines() {
        List<AnswerLine> lines = new ArrayList<>();
        lines.add(AnswerLine.of("pairs", String.join("; ",
                pairs.stream().map(p -> p.premise() + " → " + p.response()).toList())));
        lines.add(AnswerLine.of("distractors", String.join("; ", distractors)));
        return lines;
    }

    @Override
    public void writeTo(JsonObjectBuilder json, boolean ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        List<String> responses = responses();
        for (int i = 0; i < pairs.size(); i++) {
            JsonObjectBuilder pair = Json.createObjectBuilder().add("premise", pairs.get(i).premise())
                    .add("response", pairs.get(i).response());
            if (ids) {
                pair.add("premiseId", Ids.positional("p", i))
                        .add("responseId", Ids.ofText("r", responses, pairs.get(i).response()));
            }
            array.add(pair);
        }
        json.add("pairs", array).add("distractors", JsonFields.strings(distractors));
        if (ids) {
            json.add("responses", JsonFields.labelled(candidateView().responses()));
        }
    }
}
