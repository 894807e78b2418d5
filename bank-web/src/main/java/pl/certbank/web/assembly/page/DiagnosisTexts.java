package pl.certbank.web.assembly.page;

import jakarta.json.JsonObject;
import java.util.List;
import pl.certbank.assembly.control.Feasibility;
import pl.certbank.web.faces.Notices;

/**
 * A diagnosis in the user's language: the bundle's text for the shortfall's rule, with the cell, what is needed, what
 * the bank has, and the domain's own English sentence (which the English bundle shows as it is).
 */
public final class DiagnosisTexts {

    private DiagnosisTexts() {
    }

    public static String of(Feasibility.Shortfall s) {
        return text(s.rule(), s.cell() == null ? "" : s.cell().code(), s.needed(), s.available(), s.text());
    }

    /** The texts of a diagnosis as a run stores it. */
    public static List<String> of(List<JsonObject> stored) {
        return stored.stream().map(o -> text(o.getString("rule", ""), o.getString("code", ""),
                o.containsKey("needed") ? o.getInt("needed") : 0,
                o.containsKey("available") ? o.getInt("available") : 0, o.getString("text", ""))).toList();
    }

    static String text(String rule, String code, int needed, int available, String english) {
        return Notices.text("Shortfall." + rule.replace(' ', '_'), code, needed, available, english);
    }
}
