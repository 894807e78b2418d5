package pl.certbank.web.items.page.answers;

import jakarta.enterprise.context.ApplicationScoped;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.Ordering;

/** The elements in their correct order, one per line (WEB-INF/answers/ordering/). */
public class OrderingEditor implements AnswerEditor {

    private static final long serialVersionUID = 1L;

    private String sequence = "";

    /** Registers the kind "ordering". */
    @ApplicationScoped
    public static class Declared implements AnswerEditor.Kind {
        @Override
        public String kind() {
            return "ordering";
        }

        @Override
        public AnswerEditor blank() {
            return new OrderingEditor();
        }

        @Override
        public AnswerEditor of(Answer answer) {
            OrderingEditor editor = new OrderingEditor();
            editor.sequence = String.join("\n", ((Ordering) answer).sequence());
            return editor;
        }
    }

    @Override
    public Answer answer(ItemType type) {
        return new Ordering(AnswerEditor.lines(sequence));
    }

    public String getSequence() {
        return sequence;
    }

    public void setSequence(String sequence) {
        this.sequence = sequence;
    }
}
