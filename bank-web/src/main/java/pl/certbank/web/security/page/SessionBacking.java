package pl.certbank.web.security.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import pl.certbank.security.entity.Roles;

/** The signed-in user as the layout shows them, and sign-out. */
@Named
@RequestScoped
public class SessionBacking {

    public String getUsername() {
        return context().getRemoteUser();
    }

    public List<String> getRoles() {
        return Roles.ALL.stream().filter(context()::isUserInRole).toList();
    }

    public String signOut() throws ServletException {
        ExternalContext context = context();
        ((HttpServletRequest) context.getRequest()).logout();
        context.invalidateSession();
        return "/index?faces-redirect=true";
    }

    private static ExternalContext context() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
