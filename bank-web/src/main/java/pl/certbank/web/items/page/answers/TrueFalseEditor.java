package pl.certbank.web.items.page.answers;

import jakarta.enterprise.context.ApplicationScoped;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.TrueFalse;

/** Whether the statement is true (WEB-INF/answers/true-false/). */
public class TrueFalseEditor implements AnswerEditor {

    private static final long serialVersionUID = 1L;

    private Boolean truth;

    /** Registers the kind "true-false". */
    @ApplicationScoped
    public static class Declared implements AnswerEditor.Kind {
        @Override
        public String kind() {
            return "true-false";
        }

        @Override
        public AnswerEditor blank() {
            return new TrueFalseEditor();
        }

        @Override
        public AnswerEditor of(Answer answer) {
            TrueFalseEditor editor = new TrueFalseEditor();
            editor.truth = ((TrueFalse) answer).truth();
            return editor;
        }
    }

    @Override
    public Answer answer(ItemType type) {
        return new TrueFalse(truth);
    }

    public Boolean getTruth() {
        return truth;
    }

    public void setTruth(Boolean truth) {
        this.truth = truth;
    }
}
