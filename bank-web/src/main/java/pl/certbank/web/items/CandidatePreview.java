package pl.certbank.web.items;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import pl.certbank.items.control.StemSanitizer;
import pl.certbank.items.entity.Answer;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemType;

/**
 * The item as a candidate sees it: the stem and the answer area without the key. Matching responses and ordering
 * elements are shown alphabetically, so the preview does not give away the correct order either.
 */
public class CandidatePreview implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final String stem;
    private final List<String> options;
    private final List<String> premises;
    private final List<String> responses;
    private final List<String> elements;

    public CandidatePreview(ItemContent content) {
        Answer a = content.answer();
        type = content.type() == null ? "" : content.type().name();
        stem = StemSanitizer.sanitise(content.stem() == null ? "" : content.stem());
        options = a.options().stream().map(Answer.Option::text).toList();
        premises = a.pairs().stream().map(Answer.Pair::premise).toList();
        List<String> all = new ArrayList<>(a.pairs().stream().map(Answer.Pair::response).toList());
        all.addAll(a.distractors());
        Collections.sort(all);
        responses = all;
        List<String> sorted = new ArrayList<>(a.sequence());
        Collections.sort(sorted);
        elements = sorted;
    }

    public boolean is(String itemType) {
        return type.equals(itemType) || ("CHOICE".equals(itemType) && (type.equals(ItemType.SINGLE_CHOICE.name())
                || type.equals(ItemType.MULTIPLE_RESPONSE.name())));
    }

    public String getType() {
        return type;
    }

    public String getStem() {
        return stem;
    }

    public List<String> getOptions() {
        return options;
    }

    public List<String> getPremises() {
        return premises;
    }

    public List<String> getResponses() {
        return responses;
    }

    public List<String> getElements() {
        return elements;
    }
}
