package pl.certbank.refusals;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Locale;

/**
 * The domain refuses a request; the transaction rolls back and nothing changes. Carries the reason, the arguments of
 * its text, the broken rules when content is invalid, and for a stale write the subject's current revision.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Reason reason;
    private final transient List<Object> arguments;
    private final transient List<FieldError> errors;
    private final Long currentRevision;

    private Refusal(Reason reason, List<Object> arguments, List<FieldError> errors, Long currentRevision) {
        super(Texts.format(reason.english(), Texts.shown(arguments), Locale.ROOT));
        this.reason = reason;
        this.arguments = Texts.shown(arguments);
        this.errors = List.copyOf(errors);
        this.currentRevision = currentRevision;
    }

    public static Refusal of(Reason reason, Object... arguments) {
        return new Refusal(reason, java.util.Arrays.asList(arguments), List.of(), null);
    }

    /** Content that breaks the rules named in {@code errors}. */
    public static Refusal invalid(Reason reason, List<FieldError> errors, Object... arguments) {
        return new Refusal(reason, java.util.Arrays.asList(arguments), errors, null);
    }

    /** A write based on an older revision than {@code currentRevision}. */
    public static Refusal stale(Reason reason, long currentRevision, Object... arguments) {
        return new Refusal(reason, java.util.Arrays.asList(arguments), List.of(), currentRevision);
    }

    public Reason reason() {
        return reason;
    }

    public Kind kind() {
        return reason.kind();
    }

    public List<Object> arguments() {
        return arguments;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The subject's revision now, for a stale refusal; null otherwise. */
    public Long currentRevision() {
        return currentRevision;
    }

    /** Whether this is the refusal for {@code expected}. */
    public boolean is(Reason expected) {
        return reason == expected;
    }

    /** The refusal in a failure's cause chain (a container may wrap it), if there is one. */
    public static java.util.Optional<Refusal> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return java.util.Optional.of(refusal);
            }
        }
        return java.util.Optional.empty();
    }
}
