package pl.certbank.web.items.page.answers;

import java.io.Serializable;
import java.util.List;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.answers.Answer;

/** What an author is writing in one kind of answer, as fields its editor fragment binds to. */
public interface AnswerEditor extends Serializable {

    /** The answer as written so far, as the given type of this kind (single choice or multiple response, ...). */
    Answer answer(ItemType type);

    /** The editors of one kind: an empty one for a new item, and one holding a stored answer of the kind. */
    interface Kind {

        /** The kind's name, as {@link ItemType#kind()} says it. */
        String kind();

        AnswerEditor blank();

        /** An editor for {@code answer}, which is of this kind. */
        AnswerEditor of(Answer answer);
    }

    /** Lists are typed one entry per line; blank lines are dropped. */
    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
