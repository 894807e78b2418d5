package pl.certbank.items.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import pl.certbank.items.entity.answers.Answer;
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
        ESTIMATE_OUT_OF_RANGE("must be between 0 and 1");

        private final String english;

        Rule(String english) {
            this.english = english;
        }

        @Override
        public String english() {
            return english;
        }
    }

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
        errors.addAll(answer.violations());
        return errors;
    }

    /** The stem as text: what lists show and similarity compares. */
    public String plainStem() {
        return PlainText.of(stem);
    }

    /** The folded words of the stem and every answer text: what full-text search finds the item by. */
    public Set<String> searchWords() {
        Stream<String> answerTexts = answer == null ? Stream.empty() : answer.texts().stream();
        return Stream.concat(Stream.of(plainStem()), answerTexts.map(PlainText::of))
                .flatMap(text -> PlainText.words(text).stream()).collect(Collectors.toCollection(TreeSet::new));
    }
}
