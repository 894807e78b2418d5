package pl.certbank.support;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts pages show, read from the application's own message bundle (bank-web's classes), so that browser tests
 * expect what the bundle says instead of repeating Polish or English by hand.
 */
public final class Labels {

    private static final String BUNDLE = "pl.certbank.web.i18n.messages";
    public static final Locale POLISH = Locale.forLanguageTag("pl");

    private Labels() {
    }

    /** The Polish text of {@code key} with its arguments filled in, as a page in Polish shows it. */
    public static String polish(String key, Object... arguments) {
        return text(POLISH, key, arguments);
    }

    public static String english(String key, Object... arguments) {
        return text(Locale.ENGLISH, key, arguments);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0 ? pattern.replace("''", "'")
                : new MessageFormat(pattern, locale).format(arguments);
    }

    /** A broken rule as the editor lists it: "Odpowiedzi: oznacz dokładnie jedną odpowiedź… (teraz 0)". */
    public static String polishRule(String field, String ruleKey, Object... values) {
        return polish("FieldError.field." + field) + ": " + polish(ruleKey, values);
    }
}
