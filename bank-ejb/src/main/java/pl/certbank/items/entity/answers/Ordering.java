package pl.certbank.items.entity.answers;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import pl.certbank.refusals.FieldError;
import pl.certbank.input.JsonInput;
import pl.certbank.items.entity.ItemType;

/**
 * Elements to put in order; {@code sequence} is the correct order. Scored all or nothing (the exact order), or with
 * partial credit the share of elements the candidate put in their correct position.
 */
public record Ordering(List<String> sequence) implements Answer {

    static final int MIN_ELEMENTS = 3;
    public static final int MAX_ELEMENTS = 10;

    /** The elements in text order, each with its id ({@code e1}, ...): nothing of the correct order shows. */
    public record View(List<Labelled> elements) implements AnswerView {

        @Override
        public List<List<String>> arrangeable() {
            return List.of(AnswerView.ids(elements));
        }
    }

    /** The element ids in the order the candidate put them: {@code {"order": ["e2", "e1", "e3"]}}. */
    public record Ordered(List<String> order) implements Response {
        public Ordered {
            order = List.copyOf(order);
        }
    }

    /** The rules an ordering answer can break. */
    public enum Rule implements pl.certbank.refusals.Rule {
        ELEMENT_COUNT("give {0}–{1} elements (now {2})"),
        DUPLICATE_ELEMENT("the element ''{0}'' appears twice");

        private final String english;

        Rule(String english) {
            this.english = english;
        }

        @Override
        public String english() {
            return english;
        }
    }

    public Ordering {
        sequence = sequence == null ? List.of() : List.copyOf(sequence);
    }

    public static Ordering read(JsonInput json) {
        return new Ordering(json.strings("sequence"));
    }

    @Override
    public ItemType type() {
        return ItemType.ORDERING;
    }

    @Override
    public List<FieldError> violations() {
        List<FieldError> errors = new ArrayList<>();
        Lists.check("answer.sequence", sequence, MIN_ELEMENTS, MAX_ELEMENTS, Rule.ELEMENT_COUNT,
                Rule.DUPLICATE_ELEMENT, errors);
        return errors;
    }

    @Override
    public View candidateView() {
        return new View(Ids.labelledByText("e", sequence));
    }

    @Override
    public Ordered key() {
        return new Ordered(sequence.stream().map(element -> Ids.ofText("e", sequence, element)).toList());
    }

    @Override
    public Response response(JsonValue json) {
        return JsonFields.idList(json, "order", "an ordering response is {\"order\": [element ids]}", Ordered::new);
    }

    @Override
    public Score score(Response response, ScoringRule rule) {
        Score unusable = Score.unusable(response, Ordered.class, rule);
        if (unusable != null) {
            return unusable;
        }
        List<String> key = key().order();
        List<String> given = ((Ordered) response).order();
        Set<String> seen = new HashSet<>();
        for (String id : given) {
            if (!key.contains(id)) {
                return Score.malformed(rule, "no element has the id " + id);
            }
            if (!seen.add(id)) {
                return Score.malformed(rule, "the element " + id + " is placed twice");
            }
        }
        int right = 0;
        for (int i = 0; i < given.size(); i++) {
            right += given.get(i).equals(key.get(i)) ? 1 : 0;
        }
        return Score.share(right, key.size(), rule);
    }

    @Override
    public List<String> texts() {
        return sequence;
    }

    @Override
    public List<AnswerLine> lines() {
        return List.of(AnswerLine.of("sequence", String.join(" → ", sequence)));
    }

    @Override
    public void writeTo(JsonObjectBuilder json, boolean ids) {
        json.add("sequence", JsonFields.strings(sequence));
        if (ids) {
            json.add("elements", JsonFields.labelled(candidateView().elements()));
        }
    }
}
