package pl.certbank.items.control;

import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemVersion;

/** A stored version turned back into editable content: the start of a new draft ("restore", "edit"). */
public final class VersionContent {

    private VersionContent() {
    }

    public static ItemContent of(ItemVersion v) {
        return new ItemContent(v.getType(), v.getStem(), AnswerJson.read(v.getAnswer()), v.getRationale(),
                v.criterionCodes(), v.getDifficulty(), v.getDifficultyEstimate(), v.getCognitiveLevel(),
                v.keywordList(), v.getSource(), v.getLanguage());
    }
}
