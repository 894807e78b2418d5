package pl.certbank.items.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.AnswerJson;
import pl.certbank.refusals.FieldError;

/**
 * Everything an author writes in one version of an item. {@code stem} is HTML (sanitised before it is stored); the
 * {@code answer} decides the item's type; {@code criteria} are verification criterion codes of the item's
 * qualification; {@code difficultyEstimate} is an optional 0–1 probability of a correct answer that may stand beside
 * or instead of {@code difficulty}. What search and lists read (plain text, words) is worked out here, never passed in.
 */
public record ItemContent(String stem, Answer answer, String rationale, Set<String> criteria, Difficulty difficulty,
        Double difficultyEstimate, CognitiveLevel cognitiveLevel, List<String> keywords, String source,
        String language) implements java.io.Serializable {

    /** The rules every item meets whatever its type; the answer adds its own. */
    public enum Rule implements pl.certbank.refusals.Rule {
        TYPE_MISSING("choose the item type"),
        STEM_EMPTY("the question must not be empty"),
        NO_CRITERION("tag the item to at least one verification criterion"),
        UNKNOWN_CRITERIA("{0} is not a verification criterion of {1}"),
        ESTIMATE_OUT_OF_RANGE("must be between 0 and 1"),
        TOO_LONG("at most {0} characters (now {1})"),
        TOO_MANY("at most {0} (now {1})"),
        NOT_A_LANGUAGE("''{0}'' is not a language code such as pl or en");

        private final String english;

        Rule(String english) {
            this.english = english;
        }

        @Override
        public String english() {
            return english;
        }
    }

    public static final int MAX_STEM = 20_000;
    public static final int MAX_ANSWER = 20_000;
    public static final int MAX_RATIONALE = 8_000;
    public static final int MAX_SOURCE = 1_000;
    public static final int MAX_KEYWORDS = 20;
    public static final int MAX_KEYWORD = 80;
    public static final int MAX_CRITERIA = 60;
    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile(
            "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

    public ItemContent {
        criteria = criteria == null ? Set.of() : Set.copyOf(criteria);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        language = language == null || language.isBlank() ? "pl" : language;
    }

    /** The item's type, as its answer says; null when there is no answer yet. */
    public ItemType type() {
        return answer == null ? null : answer.type();
    }

    public ItemContent withStem(String newStem) {
        return new ItemContent(newStem, answer, rationale, criteria, difficulty, difficultyEstimate, cognitiveLevel,
                keywords, source, language);
    }

    public ItemContent withCriteria(Set<String> newCriteria) {
        return new ItemContent(stem, answer, rationale, newCriteria, difficulty, difficultyEstimate, cognitiveLevel,
                keywords, source, language);
    }

    /**
     * The structural rules this content breaks, each with its field and values; empty when the item may be saved.
     * Unlike quality warnings these block: an item that breaks them cannot be answered or scored. Whether the criteria
     * exist in the qualification is checked where the qualification is known (ItemDrafting).
     */
    public List<FieldError> violations() {
        List<FieldError> errors = new ArrayList<>();
        if (answer == null) {
            errors.add(FieldError.of("type", Rule.TYPE_MISSING));
            return errors;
        }
        if (plainStem().isEmpty() && !(stem != null && stem.contains("<img"))) {
            errors.add(FieldError.of("stem", Rule.STEM_EMPTY));
        }
        if (criteria.isEmpty()) {
            errors.add(FieldError.of("criteria", Rule.NO_CRITERION));
        }
        if (difficultyEstimate != null && (difficultyEstimate < 0 || difficultyEstimate > 1)) {
            errors.add(FieldError.of("difficultyEstimate", Rule.ESTIMATE_OUT_OF_RANGE));
        }
        limits(errors);
        errors.addAll(answer.violations());
        if (errors.isEmpty() && AnswerJson.write(answer).length() > MAX_ANSWER) {
            errors.add(FieldError.of("answer", Rule.TOO_LONG, MAX_ANSWER, AnswerJson.write(answer).length()));
        }
        return errors;
    }

    /** The documented limits, which are also the columns' widths (docs/adr/0009). */
    private void limits(List<FieldError> errors) {
        length("stem", stem, MAX_STEM, errors);
        length("rationale", rationale, MAX_RATIONALE, errors);
        length("source", source, MAX_SOURCE, errors);
        if (keywords.size() > MAX_KEYWORDS) {
            errors.add(FieldError.of("keywords", Rule.TOO_MANY, MAX_KEYWORDS, keywords.size()));
        }
        for (int i = 0; i < keywords.size(); i++) {
            length("keywords[" + i + "]", keywords.get(i), MAX_KEYWORD, errors);
        }
        if (criteria.size() > MAX_CRITERIA) {
            errors.add(FieldError.of("criteria", Rule.TOO_MANY, MAX_CRITERIA, criteria.size()));
        }
        if (!LANGUAGE.matcher(language).matches()) {
            errors.add(FieldError.of("language", Rule.NOT_A_LANGUAGE, language.length() > 20
                    ? language.substring(0, 20) + "…" : language));
        }
    }

    private static void length(String field, String text, int max, List<FieldError> errors) {
        if (text != null && text.length() > max) {
            errors.add(FieldError.of(field, Rule.TOO_LONG, max, text.length()));
        }
    }

    /** The stem as text: what lists show and similarity compares. */
    public String plainStem() {
        return PlainText.of(stem);
    }

    /** The folded words of the stem and every answer text: what full-text search finds the item by. */
    public Set<String> searchWords() {
        Stream<String> answerTexts = answer == null ? Stream.empty() : answer.texts().stream();
        return Stream.concat(Stream.of(plainStem()), answerTexts.map(PlainText::spaced))
                .flatMap(text -> PlainText.words(text).stream()).collect(Collectors.toCollection(TreeSet::new));
    }
}
