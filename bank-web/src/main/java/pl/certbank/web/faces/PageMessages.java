package pl.certbank.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/**
 * The page's messages for the layout to list (errors, then notices), as plain lists: PrimeFaces' messages mark each
 * list item up as an alert, which assistive technology then no longer reads as a list (WCAG 1.3.1). Messages about one
 * field (a value that is no number, a text with a control character) are listed too, named by the field's label.
 */
@Named
@RequestScoped
public class PageMessages {

    public List<String> getErrors() {
        return texts(true);
    }

    public List<String> getNotices() {
        return texts(false);
    }

    private static List<String> texts(boolean errors) {
        return FacesContext.getCurrentInstance().getMessageList().stream()
                .filter(m -> errors == (m.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal()))
                .map(m -> {
                    m.rendered();
                    return m.getSummary();
                }).toList();
    }
}
