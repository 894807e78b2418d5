package pl.certbank.web.items.page.answers;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.Matching;

/** Premise–response pairs and extra responses, one per line (WEB-INF/answers/matching/). */
public class MatchingEditor implements AnswerEditor {

    private static final long serialVersionUID = 1L;

    private final List<Row> pairs = new ArrayList<>();
    private String distractors = "";

    /** A pair being written. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String premise = "";
        private String response = "";

        public String getPremise() {
            return premise;
        }

        public void setPremise(String premise) {
            this.premise = premise;
        }

        public String getResponse() {
            return response;
        }

        public void setResponse(String response) {
            this.response = response;
        }
    }

    /** Registers the kind "matching". */
    @ApplicationScoped
    public static class Declared implements AnswerEditor.Kind {
        @Override
        public String kind() {
            return "matching";
        }

        @Override
        public AnswerEditor blank() {
            MatchingEditor editor = new MatchingEditor();
            editor.addPair();
            editor.addPair();
            return editor;
        }

        @Override
        public AnswerEditor of(Answer answer) {
            Matching matching = (Matching) answer;
            MatchingEditor editor = new MatchingEditor();
            matching.pairs().forEach(p -> {
                Row row = new Row();
                row.premise = p.premise();
                row.response = p.response();
                editor.pairs.add(row);
            });
            editor.distractors = String.join("\n", matching.distractors());
            return editor;
        }
    }

    @Override
    public Answer answer(ItemType type) {
        return new Matching(pairs.stream().map(p -> new Matching.Pair(AnswerEditor.strip(p.premise),
                AnswerEditor.strip(p.response))).toList(), AnswerEditor.lines(distractors));
    }

    public void addPair() {
        pairs.add(new Row());
    }

    public void removePair(Row row) {
        pairs.remove(row);
    }

    public List<Row> getPairs() {
        return pairs;
    }

    public String getDistractors() {
        return distractors;
    }

    public void setDistractors(String distractors) {
        this.distractors = distractors;
    }
}
