package pl.certbank.web.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.ResourceBundle;
import pl.certbank.refusals.FieldError;
import pl.certbank.refusals.Refusal;
import pl.certbank.refusals.Texts;

/**
 * Page messages in the user's language, and the one translation of the domain's refusals into them: a refusal is
 * shown by its reason's bundle key with its arguments, followed by each broken rule (never a stack trace).
 */
public final class Notices {

    /** The bundle every page reads (registered as {@code msg} in faces-config.xml). */
    public static final String BUNDLE = "pl.certbank.web.i18n.messages";

    private Notices() {
    }

    public static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        // The chosen language, also before the view's locale is set (view actions on a GET).
        Locale locale = context.getApplication().evaluateExpressionGet(context, "#{localeSelection.locale}",
                Locale.class);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return Texts.format(pattern, java.util.List.of(args), locale);
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** Shows why the domain refused a request, or that the role may not; rethrows anything else. */
    public static void refused(RuntimeException failure) {
        var refusal = Refusal.in(failure);
        if (refusal.isPresent()) {
            add(FacesMessage.SEVERITY_ERROR, text(refusal.get()));
            refusal.get().errors().forEach(error -> add(FacesMessage.SEVERITY_ERROR, describe(error)));
        } else if (accessDenied(failure)) {
            error("items.error.forbidden");
        } else if (collided(failure)) {
            error("items.error.stale");
        } else {
            throw failure;
        }
    }

    /** A refusal in the user's language: its reason's text with the refusal's arguments, statuses translated. */
    public static String text(Refusal refusal) {
        return text(refusal.reason().key(), refusal.arguments().stream()
                .map(a -> a instanceof Enum<?> e ? text(e.getDeclaringClass().getSimpleName() + "." + e.name()) : a)
                .toArray());
    }

    /** A broken rule in the user's language: "Odpowiedzi: oznacz dokładnie jedną…", "Pary 2: …". */
    public static String describe(FieldError error) {
        String field = text("FieldError.field." + error.fieldName());
        String where = error.position() > 0 ? field + " " + error.position() : field;
        return where + ": " + text(error.rule().key(), error.values().toArray());
    }

    /** Two writers met at the database (a version check or a lock): the page's change was not saved. */
    private static boolean collided(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static boolean accessDenied(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }

    private static void add(FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }
}
