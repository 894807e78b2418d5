package pl.certbank.web.items.page.answers;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.ShortAnswer;

/** Accepted answers one per line, and for a number its tolerance (WEB-INF/answers/short-answer/). */
public class ShortAnswerEditor implements AnswerEditor {

    private static final long serialVersionUID = 1L;

    private String accepted = "";
    private boolean numeric;
    private BigDecimal tolerance;

    /** Registers the kind "short-answer". */
    @ApplicationScoped
    public static class Declared implements AnswerEditor.Kind {
        @Override
        public String kind() {
            return "short-answer";
        }

        @Override
        public AnswerEditor blank() {
            return new ShortAnswerEditor();
        }

        @Override
        public AnswerEditor of(Answer answer) {
            ShortAnswer shortAnswer = (ShortAnswer) answer;
            ShortAnswerEditor editor = new ShortAnswerEditor();
            editor.accepted = String.join("\n", shortAnswer.accepted());
            editor.numeric = shortAnswer.numeric();
            editor.tolerance = shortAnswer.tolerance();
            return editor;
        }
    }

    @Override
    public Answer answer(ItemType type) {
        return new ShortAnswer(AnswerEditor.lines(accepted), numeric, numeric ? tolerance : null);
    }

    public String getAccepted() {
        return accepted;
    }

    public void setAccepted(String accepted) {
        this.accepted = accepted;
    }

    public boolean isNumeric() {
        return numeric;
    }

    public void setNumeric(boolean numeric) {
        this.numeric = numeric;
    }

    public BigDecimal getTolerance() {
        return tolerance;
    }

    public void setTolerance(BigDecimal tolerance) {
        this.tolerance = tolerance;
    }
}
