package pl.certbank.items.entity.answers;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import pl.certbank.input.JsonInput;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.PlainText;
import pl.certbank.refusals.FieldError;

/**
 * Options of which one ({@code multiple} false: single choice, the usual four-option ZSK question) or several
 * (multiple response) are keys. A single choice scores 1/0; a multiple response all or nothing, or with partial credit
 * (keys chosen minus wrong options chosen) / keys, never below 0.
 */
public record Choice(boolean multiple, List<Option> options) implements Answer {

    static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 8;

    /** An option; {@code correct} marks the key. */
    public record Option(String text, boolean correct) implements java.io.Serializable {
    }

    /** The options in the author's order, each with its id ({@code o1}, {@code o2}, ...). */
    public record View(boolean multiple, List<Labelled> options) implements AnswerView {

        @Override
        public List<List<String>> arrangeable() {
            return List.of(AnswerView.ids(options));
        }
    }

    /** The ids of the options the candidate chose: {@code {"selected": ["o1", "o3"]}}. */
    public record Picked(Set<String> selected) implements Response {
        public Picked {
            selected = Set.copyOf(selected);
        }
    }

    /** The rules a choice answer can break. */
    public enum Rule implements pl.certbank.refusals.Rule {
        OPTION_COUNT("give {0}–{1} options (now {2})"),
        DUPLICATE_OPTION("the option ''{0}'' appears twice"),
        EXACTLY_ONE_KEY("mark exactly one option as the key (now {0})"),
        TOO_FEW_KEYS("mark at least {0} options as keys (now {1})"),
        ALL_KEYS("at least one option must be wrong");

        private final String english;

        Rule(String english) {
            this.english = english;
        }

        @Override
        public String english() {
            return english;
        }
    }

    public Choice {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static Choice single(List<Option> options) {
        return new Choice(false, options);
    }

    public static Choice multiple(List<Option> options) {
        return new Choice(true, options);
    }

    public static Choice read(JsonInput json, boolean multiple) {
        return new Choice(multiple, json.objects("options").stream()
                .map(o -> new Option(o.text("text"), o.bool("correct", false))).toList());
    }

    @Override
    public ItemType type() {
        return multiple ? ItemType.MULTIPLE_RESPONSE : ItemType.SINGLE_CHOICE;
    }

    public List<Option> keys() {
        return options.stream().filter(Option::correct).toList();
    }

    @Override
    public List<FieldError> violations() {
        List<FieldError> errors = new ArrayList<>();
        Lists.check("answer.options", texts(), MIN_OPTIONS, MAX_OPTIONS, Rule.OPTION_COUNT, Rule.DUPLICATE_OPTION,
                errors);
        int keys = keys().size();
        int minKeys = multiple ? 2 : 1;
        if (!multiple && keys != 1) {
            errors.add(FieldError.of("answer.options", Rule.EXACTLY_ONE_KEY, keys));
        } else if (keys < minKeys) {
            errors.add(FieldError.of("answer.options", Rule.TOO_FEW_KEYS, minKeys, keys));
        } else if (keys == options.size()) {
            errors.add(FieldError.of("answer.options", Rule.ALL_KEYS));
        }
        return errors;
    }

    @Override
    public View candidateView() {
        List<Labelled> shown = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            shown.add(new Labelled(Ids.positional("o", i), options.get(i).text()));
        }
        return new View(multiple, shown);
    }

    @Override
    public Picked key() {
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) {
                ids.add(Ids.positional("o", i));
            }
        }
        return new Picked(ids);
    }

    @Override
    public Response response(JsonValue json) {
        return JsonFields.idList(json, "selected", "a choice response is {\"selected\": [option ids]}",
                ids -> new Picked(new LinkedHashSet<>(ids)));
    }

    @Override
    public Score score(Response response, ScoringRule rule) {
        Score unusable = Score.unusable(response, Picked.class, rule);
        if (unusable != null) {
            return unusable;
        }
        Set<String> selected = ((Picked) response).selected();
        Set<String> known = new TreeSet<>(candidateView().options().stream().map(Labelled::id).toList());
        if (!known.containsAll(selected)) {
            Set<String> unknown = new TreeSet<>(selected);
            unknown.removeAll(known);
            return Score.malformed(rule, "no option has the id " + String.join(", ", unknown));
        }
        Set<String> keys = key().selected();
        if (!multiple) {
            if (selected.size() > 1) {
                return Score.malformed(rule, "a single-choice response chooses one option, not " + selected.size());
            }
            return keys.containsAll(selected) ? Score.correct(rule) : Score.incorrect(rule);
        }
        long right = selected.stream().filter(keys::contains).count();
        long wrong = selected.size() - right;
        return Score.share(right - wrong, keys.size(), rule);
    }

    @Override
    public List<String> texts() {
        return options.stream().map(Option::text).toList();
    }

    @Override
    public List<AnswerLine> lines() {
        List<AnswerLine> lines = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            lines.add(new AnswerLine("option", i + 1, (o.correct() ? "✔ " : "") + PlainText.spaced(o.text()), null));
        }
        return lines;
    }

    @Override
    public void writeTo(JsonObjectBuilder json, boolean ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (int i = 0; i < options.size(); i++) {
            JsonObjectBuilder option = Json.createObjectBuilder().add("text", options.get(i).text())
                    .add("correct", options.get(i).correct());
            array.add(ids ? option.add("id", Ids.positional("o", i)) : option);
        }
        json.add("options", array);
    }
}
