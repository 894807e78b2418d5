package pl.certbank.items.control;

import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.answers.AnswerView;

/**
 * An item as a candidate sees it: the sanitised stem and the answer area without the key, every option, premise and
 * element with its stable id. The editor's preview shows it; delivery and printing will hand it out.
 */
public record CandidateView(ItemType type, String stem, AnswerView answer) implements java.io.Serializable {

    public static CandidateView of(ItemContent content) {
        return new CandidateView(content.type(), StemSanitizer.sanitise(content.stem() == null ? "" : content.stem()),
                content.answer() == null ? null : content.answer().candidateView());
    }

    /** The answer family, which names the page fragment that shows it ({@code WEB-INF/answers/<kind>/}). */
    public String kind() {
        return type == null ? "" : type.kind();
    }
}
