package pl.certbank.items.entity.answers;

/**
 * What a candidate sees of an answer area: texts with stable ids, never the key. Each answer type has its own view
 * record; pages and delivery read it through the record's accessors.
 */
public interface AnswerView extends java.io.Serializable {

    /**
     * The ids a variant of a form may put in another order, group by group (each group is reordered on its own):
     * options, premises, responses, elements. None where order carries meaning or there is nothing to order.
     */
    default java.util.List<java.util.List<String>> arrangeable() {
        return java.util.List.of();
    }

    /** The ids of some labelled texts, in their order. */
    static java.util.List<String> ids(java.util.List<Labelled> texts) {
        return texts.stream().map(Labelled::id).toList();
    }
}
