package pl.certbank.delivery.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The written justification of a result, in Polish (the default) or English: the verdict against the pass mark, and
 * for a negative result every outcome set, learning outcome and verification criterion where the candidate fell short
 * (see {@link ResultSheet}), each with its points and its title from the qualification's framework.
 */
public final class Justification {

    private Justification() {
    }

    /** The justification's lines; {@code titles} maps framework codes to their titles. */
    public static List<String> lines(ResultSheet sheet, Map<String, String> titles, Locale locale) {
        boolean pl = !"en".equals(locale.getLanguage());
        List<String> lines = new ArrayList<>();
        ResultSheet.Part total = sheet.total();
        lines.add(pl ? String.format("Wynik: %s z %s pkt (%s%%), próg zaliczenia %s%% – %s.", n(total.points()),
                n(total.maximum()), n(total.percent()), n(sheet.passPercent()), sheet.passed() ? "wynik pozytywny"
                        : "wynik negatywny")
                : String.format("Result: %s of %s points (%s%%), pass mark %s%% – %s.", n(total.points()),
                        n(total.maximum()), n(total.percent()), n(sheet.passPercent()), sheet.passed() ? "passed"
                                : "not passed"));
        sheet.setMinimums().forEach((set, minimum) -> lines.add(pl
                ? String.format("Próg dla zestawu %s: %s%% (uzyskano %s%%).", set, n(minimum),
                        n(sheet.sets().getOrDefault(set, ResultSheet.Part.NONE).percent()))
                : String.format("Minimum for set %s: %s%% (reached %s%%).", set, n(minimum),
                        n(sheet.sets().getOrDefault(set, ResultSheet.Part.NONE).percent()))));
        if (sheet.passed()) {
            return List.copyOf(lines);
        }
        ResultSheet.Shortfall shortfall = sheet.shortfall();
        lines.add(pl ? "Uzasadnienie wyniku negatywnego – braki wykazano w:"
                : "Justification of the negative result – the candidate fell short in:");
        add(lines, pl ? "Zestaw efektów uczenia się" : "Outcome set", shortfall.sets(), sheet.sets(), titles);
        add(lines, pl ? "Efekt uczenia się" : "Learning outcome", shortfall.outcomes(), sheet.outcomes(), titles);
        add(lines, pl ? "Kryterium weryfikacji" : "Verification criterion", shortfall.criteria(), sheet.criteria(),
                titles);
        return List.copyOf(lines);
    }

    private static void add(List<String> lines, String label, List<String> codes, Map<String, ResultSheet.Part> parts,
            Map<String, String> titles) {
        for (String code : codes) {
            ResultSheet.Part part = parts.get(code);
            String title = titles.getOrDefault(code, "");
            lines.add(String.format("%s %s%s: %s/%s (%s%%)", label, code, title.isEmpty() ? "" : " „" + title + "”",
                    n(part.points()), n(part.maximum()), n(part.percent())));
        }
    }

    private static String n(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
