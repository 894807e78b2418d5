package pl.certbank.web.items;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import pl.certbank.items.boundary.ItemNotFound;
import pl.certbank.items.boundary.StaleItem;
import pl.certbank.items.control.InvalidItem;
import pl.certbank.items.control.ItemError;
import pl.certbank.items.entity.ItemRuleViolation;

/** Localised page messages, and the domain's refusals turned into them (never a stack trace). */
public final class Notices {

    private Notices() {
    }

    public static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        // The chosen language, also before the view's locale is set (view actions on a GET).
        Locale locale = context.getApplication().evaluateExpressionGet(context, "#{localeSelection.locale}",
                Locale.class);
        ResourceBundle bundle = ResourceBundle.getBundle("pl.certbank.web.i18n.messages", locale);
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale)
                .format(args);
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args), null);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args), null);
    }

    /** Shows why the domain refused a request; rethrows what is not a refusal. */
    public static void refused(RuntimeException e) {
        if (e instanceof jakarta.ejb.EJBException wrapped && wrapped.getCause() instanceof RuntimeException cause
                && !(e instanceof EJBAccessException)) {
            refused(cause);
        } else if (e instanceof InvalidItem invalid) {
            error("items.error.invalid");
            invalid.violations().forEach(err -> add(FacesMessage.SEVERITY_ERROR, describe(err), null));
        } else if (e instanceof StaleItem) {
            error("items.error.stale");
        } else if (e instanceof ItemRuleViolation violation) {
            if (violation.getKind() == ItemRuleViolation.Kind.FOUR_EYES) {
                error("items.error.fourEyes");
            } else {
                add(FacesMessage.SEVERITY_ERROR, text("items.error.wrongStatus") + " " + violation.getMessage(), null);
            }
        } else if (e instanceof EJBAccessException) {
            error("items.error.forbidden");
        } else if (e instanceof ItemNotFound) {
            error("items.error.notFound");
        } else if (e instanceof IllegalArgumentException) {
            add(FacesMessage.SEVERITY_ERROR, e.getMessage(), null);
        } else {
            throw e;
        }
    }

    /** A broken structural rule in the user's language: "Odpowiedzi: oznacz dokładnie jedną…", "Pary 2: …". */
    static String describe(ItemError error) {
        String field = text("ItemError.field." + error.fieldName());
        String where = error.position() > 0 ? field + " " + error.position() : field;
        return where + ": " + text("ItemError." + error.rule(), error.values().toArray());
    }

    private static void add(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
    }
}
