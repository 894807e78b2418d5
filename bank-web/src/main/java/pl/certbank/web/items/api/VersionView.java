package pl.certbank.web.items.api;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import pl.certbank.items.entity.ItemVersion;
import pl.certbank.items.entity.answers.AnswerJson;

/**
 * One version of an item, key included: for authors, reviewers and designers, never for exam clients. The
 * {@code answer} is the stored answer with the stable ids of its options and pairs beside the texts.
 */
public record VersionView(int number, String type, String stem, JsonObject answer, String rationale,
        Set<String> criteria, String difficulty, Double difficultyEstimate, String cognitiveLevel,
        List<String> keywords, String source, String language, String author, OffsetDateTime createdAt) {

    static VersionView of(ItemVersion v) {
        return new VersionView(v.getNumber(), v.getType().name(), v.getStem(), AnswerJson.shown(v.answer()),
                v.getRationale(), v.criterionCodes(), name(v.getDifficulty()), v.getDifficultyEstimate(),
                name(v.getCognitiveLevel()), v.keywordList(), v.getSource(), v.getLanguage(), v.getAuthor(),
                v.getCreatedAt());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
