package pl.certbank.items.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.certbank.items.entity.Answer;

class AnswerJsonTest {

    @Test
    void everyKindOfAnswerSurvivesTheRoundTrip() {
        List<Answer> answers = List.of(
                Answer.choice(List.of(new Answer.Option("Zgoda „klienta”", true), new Answer.Option("Umowa", false))),
                Answer.trueFalse(false),
                Answer.matching(List.of(new Answer.Pair("R", "Recency"), new Answer.Pair("F", "Frequency")),
                        List.of("Loyalty")),
                Answer.ordering(List.of("lead", "kwalifikacja", "oferta")),
                Answer.shortAnswer(List.of("72", "72 godziny"), true, new BigDecimal("0.5")));
        for (Answer answer : answers) {
            assertEquals(answer, AnswerJson.read(AnswerJson.write(answer)));
        }
    }
}
