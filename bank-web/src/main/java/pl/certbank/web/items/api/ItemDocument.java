package pl.certbank.web.items.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pl.certbank.items.entity.CognitiveLevel;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.Choice;
import pl.certbank.items.entity.answers.Matching;
import pl.certbank.items.entity.answers.Ordering;
import pl.certbank.items.entity.answers.ShortAnswer;

/**
 * The JSON of an item a client sends, as the OpenAPI document describes it; {@link ItemInput} reads it. The answer
 * fields are those of the item's type: options (single choice, multiple response), truth (true/false), pairs and
 * distractors (matching), sequence in the correct order (ordering), accepted with numeric and tolerance (short answer).
 * The limits are those the bank enforces (422 beyond them, naming the field and the limit; docs/adr/0009); every text
 * is normalised to NFC and refused if it holds a control character other than tab or a line break.
 */
@Schema(description = "An item as a client writes it. Unknown fields are refused (400); the answer fields of other "
        + "types are ignored. Any JSON body is at most 262144 bytes (413).")
public record ItemDocument(@Schema(maxLength = 40, example = "CRM-PRK4") String qualification,
        ItemType type,
        @Schema(maxLength = ItemContent.MAX_STEM, description = "Sanitised HTML") String stem,
        @Schema(minItems = 2, maxItems = Choice.MAX_OPTIONS) List<Option> options, Boolean truth,
        @Schema(maxItems = Matching.MAX_PAIRS) List<Pair> pairs,
        @Schema(maxItems = Matching.MAX_DISTRACTORS, description = "Each at most " + Answer.MAX_TEXT
                + " characters") List<String> distractors,
        @Schema(minItems = 3, maxItems = Ordering.MAX_ELEMENTS, description = "Each at most " + Answer.MAX_TEXT
                + " characters") List<String> sequence,
        @Schema(minItems = 1, maxItems = ShortAnswer.MAX_ACCEPTED, description = "Each at most " + Answer.MAX_TEXT
                + " characters") List<String> accepted,
        Boolean numeric,
        @Schema(minimum = "0", maximum = "1000000", description = "At most 10 decimal places") BigDecimal tolerance,
        @Schema(maxLength = ItemContent.MAX_RATIONALE) String rationale,
        @Schema(minItems = 1, maxItems = ItemContent.MAX_CRITERIA, example = "[\"Z1.1.1\"]") Set<String> criteria,
        Difficulty difficulty,
        @Schema(minimum = "0", maximum = "1") Double difficultyEstimate,
        CognitiveLevel cognitiveLevel,
        @Schema(maxItems = ItemContent.MAX_KEYWORDS, description = "Each at most " + ItemContent.MAX_KEYWORD
                + " characters") List<String> keywords,
        @Schema(maxLength = ItemContent.MAX_SOURCE) String source,
        @Schema(pattern = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$", example = "pl") String language) {

    /** An option and whether it is a key. */
    public record Option(@Schema(maxLength = Answer.MAX_TEXT) String text, Boolean correct) {
    }

    /** A premise and the response that matches it. */
    public record Pair(@Schema(maxLength = Answer.MAX_TEXT) String premise,
            @Schema(maxLength = Answer.MAX_TEXT) String response) {
    }
}
