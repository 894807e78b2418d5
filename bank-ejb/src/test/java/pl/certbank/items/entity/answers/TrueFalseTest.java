package pl.certbank.items.entity.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.certbank.items.entity.answers.ChoiceTest.json;

import java.util.List;
import org.junit.jupiter.api.Test;
import pl.certbank.items.entity.answers.Score.Verdict;
import pl.certbank.items.entity.answers.TrueFalse.Judged;

class TrueFalseTest {

    private final TrueFalse statementIsFalse = new TrueFalse(false);

    @Test
    void scoresOneOrZero() {
        assertEquals(Verdict.CORRECT, statementIsFalse.score(new Judged(false), ScoringRule.DEFAULT).verdict());
        assertEquals(Verdict.INCORRECT, statementIsFalse.score(new Judged(true), ScoringRule.DEFAULT).verdict());
        assertEquals(new Judged(false), statementIsFalse.key());
    }

    @Test
    void onlyBooleansAreAnswers() {
        assertEquals(new Judged(true), statementIsFalse.response(json("{\"answer\": true}")));
        assertEquals(Verdict.EMPTY, statementIsFalse.score(statementIsFalse.response(json("{}")),
                ScoringRule.DEFAULT).verdict());
        assertEquals(Verdict.MALFORMED, statementIsFalse.score(statementIsFalse.response(json("{\"answer\": \"yes\"}")),
                ScoringRule.DEFAULT).verdict());
    }

    @Test
    void theCandidateSeesNothingButTheStatementAndExpertsSeeTheKey() {
        assertEquals(new TrueFalse.View(), statementIsFalse.candidateView());
        assertEquals(List.of(), statementIsFalse.texts());
        assertEquals(List.of(new AnswerLine("truth", 0, "false", "items.edit.false")), statementIsFalse.lines());
    }
}
