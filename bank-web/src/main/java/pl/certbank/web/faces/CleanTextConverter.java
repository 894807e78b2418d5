package pl.certbank.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import pl.certbank.input.CleanText;

/**
 * Every text typed into a page is normalised like every text the API takes (NFC), and one with a control character or
 * half a surrogate pair is refused with a message instead of being stored with the character dropped.
 */
@FacesConverter(forClass = String.class)
public class CleanTextConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        check(value);
        return CleanText.normal(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }

    /** Refuses a text the bank does not store, in the user's language. */
    public static void check(String value) {
        CleanText.problem(value).ifPresent(problem -> {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Notices.text(problem.rule().key(), problem.value()), null));
        });
    }
}
