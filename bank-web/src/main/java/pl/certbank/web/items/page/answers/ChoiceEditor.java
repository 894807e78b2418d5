package pl.certbank.web.items.page.answers;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.Choice;

/** Options with a key flag each, for single choice and multiple response (WEB-INF/answers/choice/). */
public class ChoiceEditor implements AnswerEditor {

    private static final long serialVersionUID = 1L;

    private final List<Row> options = new ArrayList<>();

    /** An option being written. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text = "";
        private boolean correct;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isCorrect() {
            return correct;
        }

        public void setCorrect(boolean correct) {
            this.correct = correct;
        }
    }

    /** Registers the kind "choice". */
    @ApplicationScoped
    public static class Declared implements AnswerEditor.Kind {
        @Override
        public String kind() {
            return "choice";
        }

        @Override
        public AnswerEditor blank() {
            ChoiceEditor editor = new ChoiceEditor();
            for (int i = 0; i < 4; i++) {
                editor.addOption();
            }
            return editor;
        }

        @Override
        public AnswerEditor of(Answer answer) {
            ChoiceEditor editor = new ChoiceEditor();
            ((Choice) answer).options().forEach(o -> {
                Row row = new Row();
                row.text = o.text();
                row.correct = o.correct();
                editor.options.add(row);
            });
            return editor;
        }
    }

    @Override
    public Answer answer(ItemType type) {
        return new Choice(type == ItemType.MULTIPLE_RESPONSE,
                options.stream().map(o -> new Choice.Option(AnswerEditor.strip(o.text), o.correct)).toList());
    }

    public void addOption() {
        options.add(new Row());
    }

    public void removeOption(Row row) {
        options.remove(row);
    }

    public List<Row> getOptions() {
        return options;
    }
}
