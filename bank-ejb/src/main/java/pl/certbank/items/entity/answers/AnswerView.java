package pl.certbank.items.entity.answers;

/**
 * What a candidate sees of an answer area: texts with stable ids, never the key. Each answer type has its own view
 * record; pages and delivery read it through the record's accessors.
 */
public interface AnswerView extends java.io.Serializable {
}
