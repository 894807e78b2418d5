package pl.certbank.web.items.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The JSON of an item a client sends, as the OpenAPI document describes it; {@link ItemInput} reads it. The answer
 * fields are those of the item's type: options (single choice, multiple response), truth (true/false), pairs and
 * distractors (matching), sequence in the correct order (ordering), accepted with numeric and tolerance (short answer).
 */
public record ItemDocument(String qualification, String type, String stem, List<Option> options, Boolean truth,
        List<Pair> pairs, List<String> distractors, List<String> sequence, List<String> accepted, Boolean numeric,
        BigDecimal tolerance, String rationale, Set<String> criteria, String difficulty, Double difficultyEstimate,
        String cognitiveLevel, List<String> keywords, String source, String language) {

    /** An option and whether it is a key. */
    public record Option(String text, Boolean correct) {
    }

    /** A premise and the response that matches it. */
    public record Pair(String premise, String response) {
    }
}
