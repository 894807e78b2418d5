package pl.certbank.web.items;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import pl.certbank.items.entity.Answer;
import pl.certbank.items.entity.CognitiveLevel;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemType;

/** What a client sends to create or change an item. Fields not used by the type are ignored. */
public record ItemInput(String qualification, ItemType type, String stem, List<OptionInput> options, Boolean truth,
        List<PairInput> pairs, List<String> distractors, List<String> sequence, List<String> accepted,
        Boolean numeric, BigDecimal tolerance, String rationale, Set<String> criteria, Difficulty difficulty,
        Double difficultyEstimate, CognitiveLevel cognitiveLevel, List<String> keywords, String source,
        String language) {

    /** An option and whether it is a key. */
    public record OptionInput(String text, Boolean correct) {
    }

    /** A matching pair. */
    public record PairInput(String premise, String response) {
    }

    public ItemContent toContent() {
        List<Answer.Option> answerOptions = options == null ? List.of()
                : options.stream().map(o -> new Answer.Option(o.text(), Boolean.TRUE.equals(o.correct()))).toList();
        List<Answer.Pair> answerPairs = pairs == null ? List.of()
                : pairs.stream().map(p -> new Answer.Pair(p.premise(), p.response())).toList();
        Answer answer = new Answer(answerOptions, truth, answerPairs, distractors, sequence, accepted,
                Boolean.TRUE.equals(numeric), tolerance);
        return new ItemContent(type, stem, answer, rationale, criteria, difficulty, difficultyEstimate,
                cognitiveLevel, keywords, source, language);
    }
}
