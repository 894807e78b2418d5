package pl.certbank.web.items.page.answers;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.answers.Answer;

/**
 * The answer editors of every kind, found as the {@link AnswerEditor.Kind} beans the editor classes declare; the kinds
 * pages iterate over ({@code #{answerEditors.kinds}}) are those of {@link ItemType}.
 */
@Named
@ApplicationScoped
public class AnswerEditors {

    @Inject
    @Any
    Instance<AnswerEditor.Kind> declared;

    private final Map<String, AnswerEditor.Kind> byKind = new LinkedHashMap<>();

    @PostConstruct
    void collect() {
        declared.forEach(kind -> byKind.put(kind.kind(), kind));
        getKinds().stream().filter(kind -> !byKind.containsKey(kind)).findFirst().ifPresent(kind -> {
            throw new IllegalStateException("No answer editor declares the kind '" + kind + "'");
        });
    }

    /** Every kind, once, in the order of the item types. */
    public List<String> getKinds() {
        return Arrays.stream(ItemType.values()).map(ItemType::kind).distinct().toList();
    }

    /** An empty editor of every kind, with the stored answer's kind holding {@code answer} (null: none). */
    public Map<String, AnswerEditor> editorsFor(Answer answer) {
        Map<String, AnswerEditor> editors = new LinkedHashMap<>();
        byKind.forEach((kind, factory) -> editors.put(kind, answer != null && answer.type().kind().equals(kind)
                ? factory.of(answer) : factory.blank()));
        return editors;
    }
}
