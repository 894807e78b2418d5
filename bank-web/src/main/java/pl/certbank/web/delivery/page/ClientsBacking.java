package pl.certbank.web.delivery.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import pl.certbank.delivery.boundary.ExamClients;
import pl.certbank.delivery.entity.ExamClient;
import pl.certbank.web.faces.Notices;

/** Backs delivery/clients.xhtml: exam clients, created, rotated and revoked; a new secret is shown once. */
@Named
@RequestScoped
public class ClientsBacking {

    @Inject
    ExamClients clients;

    private String clientId;
    private String name;
    private String secret;
    private String secretFor;
    private List<ExamClient> all;

    public List<ExamClient> getClients() {
        if (all == null) {
            all = clients.list();
        }
        return all;
    }

    public void create() {
        try {
            ExamClients.WithSecret made = clients.create(clientId, name);
            show(made);
            clientId = null;
            name = null;
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
    }

    public void rotate(long id) {
        try {
            show(clients.rotate(id));
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
    }

    public void revoke(long id) {
        try {
            Notices.info("delivery.clients.revoked", clients.revoke(id).getClientId());
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
        all = null;
    }

    private void show(ExamClients.WithSecret made) {
        secret = made.secret();
        secretFor = made.client().getClientId();
        all = null;
    }

    public String getSecret() {
        return secret;
    }

    public String getSecretFor() {
        return secretFor;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
