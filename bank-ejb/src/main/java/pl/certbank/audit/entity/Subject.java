package pl.certbank.audit.entity;

/**
 * What an audit entry is about: a kind and the id of one thing of that kind. Every component audits its own
 * subjects the same way (docs/adr/0007).
 */
public record Subject(Kind kind, long id) {

    /** The kinds of things the bank audits. */
    public enum Kind {
        ITEM,
        IMAGE,
        BLUEPRINT,
        FORM,
        PUBLICATION,
        SESSION,
        PRINT_JOB,
        EXAM_CLIENT,
        USER
    }

    public static Subject item(long id) {
        return new Subject(Kind.ITEM, id);
    }

    public static Subject image(long id) {
        return new Subject(Kind.IMAGE, id);
    }
}
