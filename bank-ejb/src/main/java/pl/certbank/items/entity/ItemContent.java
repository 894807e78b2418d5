package pl.certbank.items.entity;

import java.util.List;
import java.util.Set;

/**
 * Everything an author writes in one version of an item. {@code stem} is HTML (sanitised before it is stored);
 * {@code criteria} are verification criterion codes of the item's qualification; {@code difficultyEstimate} is an
 * optional 0–1 probability of a correct answer that may stand beside or instead of {@code difficulty}.
 */
public record ItemContent(ItemType type, String stem, Answer answer, String rationale, Set<String> criteria,
        Difficulty difficulty, Double difficultyEstimate, CognitiveLevel cognitiveLevel, List<String> keywords,
        String source, String language) {

    public ItemContent {
        criteria = criteria == null ? Set.of() : Set.copyOf(criteria);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        language = language == null || language.isBlank() ? "pl" : language;
    }

    public ItemContent withStem(String newStem) {
        return new ItemContent(type, newStem, answer, rationale, criteria, difficulty, difficultyEstimate,
                cognitiveLevel, keywords, source, language);
    }

    public ItemContent withCriteria(Set<String> newCriteria) {
        return new ItemContent(type, stem, answer, rationale, newCriteria, difficulty, difficultyEstimate,
                cognitiveLevel, keywords, source, language);
    }
}
