package pl.certbank.refusals;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/** Message texts with their arguments, in the one way refusals and rules are worded. */
public final class Texts {

    private Texts() {
    }

    /**
     * The key of a reason or rule constant: its enum's simple name, with the enclosing types' names in front for a
     * nested enum, then the constant ({@code Choice.Rule.EXACTLY_ONE_KEY}, {@code ItemRefusal.NOT_FOUND}).
     */
    public static String key(Enum<?> constant) {
        Class<?> type = constant.getDeclaringClass();
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name.insert(0, outer.getSimpleName() + ".");
        }
        return name + "." + constant.name();
    }

    /** The pattern ({0}, {1}, ... as in MessageFormat) filled in; numbers are shown as they are, never grouped. */
    public static String format(String pattern, List<Object> arguments, Locale locale) {
        return arguments.isEmpty() ? pattern.replace("''", "'")
                : new MessageFormat(pattern, locale).format(arguments.toArray());
    }

    /**
     * Arguments as they are shown: ids and counts as plain digits ("1008", not "1,008"). Enum constants stay what they
     * are, so that a page can show them in its language (the API shows their names).
     */
    static List<Object> shown(List<?> arguments) {
        return arguments.stream().map(a -> a instanceof Number || a == null ? (Object) String.valueOf(a) : a).toList();
    }
}
