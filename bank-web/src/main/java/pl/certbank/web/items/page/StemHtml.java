package pl.certbank.web.items.page;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import pl.certbank.items.control.StemSanitizer;

/**
 * The stem editor's HTML passes the bank's own sanitiser both ways, in place of PrimeFaces' built-in one (the
 * editor's {@code secure="false"}): PrimeFaces drops images with a path-only address, which is exactly what the
 * bank's stored images have, while the bank's policy keeps those and nothing from another host.
 */
@FacesConverter("stemHtml")
public class StemHtml implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        pl.certbank.web.faces.CleanTextConverter.check(value);
        return value == null ? null : StemSanitizer.sanitise(pl.certbank.input.CleanText.normal(value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : StemSanitizer.sanitise(value);
    }
}
