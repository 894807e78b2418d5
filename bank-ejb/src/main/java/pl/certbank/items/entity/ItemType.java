package pl.certbank.items.entity;

import pl.certbank.input.JsonInput;
import java.util.function.Function;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.Choice;
import pl.certbank.items.entity.answers.Matching;
import pl.certbank.items.entity.answers.Ordering;
import pl.certbank.items.entity.answers.ShortAnswer;
import pl.certbank.items.entity.answers.TrueFalse;

/**
 * The kinds of theory question the bank holds, and where each is registered: the answer record that reads its JSON,
 * and the name of its {@code kind}, under which the pages find its fragments ({@code WEB-INF/answers/<kind>/}).
 */
public enum ItemType {
    /** One key among 2–8 options: the usual ZSK four-option question. */
    SINGLE_CHOICE("choice", json -> Choice.read(json, false)),
    /** Two or more keys among the options. */
    MULTIPLE_RESPONSE("choice", json -> Choice.read(json, true)),
    /** A statement that is true or false. */
    TRUE_FALSE("true-false", TrueFalse::read),
    /** Premises each matched to one response; extra responses may distract. */
    MATCHING("matching", Matching::read),
    /** Elements to put in their correct order. */
    ORDERING("ordering", Ordering::read),
    /** A typed answer (text or number) compared with accepted variants. */
    SHORT_ANSWER("short-answer", ShortAnswer::read);

    private final String kind;
    private final Function<JsonInput, Answer> reader;

    ItemType(String kind, Function<JsonInput, Answer> reader) {
        this.kind = kind;
        this.reader = reader;
    }

    /** The answer family's name: one for single choice and multiple response ("choice"), one per other type. */
    public String kind() {
        return kind;
    }

    /** The answer of this type in a JSON object's fields; read and write answers through AnswerJson. */
    public Answer answerFrom(JsonInput json) {
        return reader.apply(json);
    }
}
