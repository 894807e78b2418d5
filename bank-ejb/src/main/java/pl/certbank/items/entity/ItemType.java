package pl.certbank.items.entity;

/** The kinds of theory question the bank holds. */
public enum ItemType {
    /** One key among 2–8 options: the usual ZSK four-option question. */
    SINGLE_CHOICE,
    /** Two or more keys among the options. */
    MULTIPLE_RESPONSE,
    /** A statement that is true or false. */
    TRUE_FALSE,
    /** Premises each matched to one response; extra responses may distract. */
    MATCHING,
    /** Elements to put in their correct order. */
    ORDERING,
    /** A typed answer (text or number) compared with accepted variants. */
    SHORT_ANSWER
}
