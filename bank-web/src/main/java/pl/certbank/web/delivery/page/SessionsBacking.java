package pl.certbank.web.delivery.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import pl.certbank.assembly.boundary.Forms;
import pl.certbank.assembly.entity.TestForm;
import pl.certbank.delivery.boundary.ExamClients;
import pl.certbank.delivery.boundary.ExamSessions;
import pl.certbank.delivery.entity.ExamClient;
import pl.certbank.delivery.entity.ExamSession;
import pl.certbank.web.faces.Dates;
import pl.certbank.web.faces.Notices;

/** Backs delivery/sessions.xhtml: sessions, and scheduling one (a published form, a centre, a window). */
@Named
@RequestScoped
public class SessionsBacking {

    @Inject
    ExamSessions sessions;

    @Inject
    ExamClients clients;

    @Inject
    Forms forms;

    private Long form;
    private Long client;
    private String name;
    private LocalDateTime opens;
    private LocalDateTime closes;
    private int expected = 20;
    private ExamSession.Mode mode = ExamSession.Mode.ELECTRONIC;
    private List<ExamSession> all;

    /** A session as the list shows it. */
    public record Row(long id, String name, String form, String client, String opens, String closes, String mode,
            int expected) {
    }

    public List<Row> getSessions() {
        if (all == null) {
            all = sessions.list();
        }
        return all.stream().map(s -> new Row(s.getId(), s.getName(), s.getSnapshot().getFormCode(),
                s.getClient().getClientId(), Dates.shown(s.getOpensAt()), Dates.shown(s.getClosesAt()),
                Notices.text("delivery.mode." + s.getMode().name()), s.getExpectedCandidates())).toList();
    }

    public List<TestForm> getPublishedForms() {
        return forms.list().stream().filter(f -> TestForm.PUBLISHED.equals(f.getStatus())).toList();
    }

    public List<ExamClient> getActiveClients() {
        return clients.list().stream().filter(c -> !c.isRevoked()).toList();
    }

    public ExamSession.Mode[] getModes() {
        return ExamSession.Mode.values();
    }

    public void schedule() {
        try {
            if (form == null || client == null || opens == null || closes == null) {
                Notices.error("delivery.sessions.incomplete");
                return;
            }
            ZoneId zone = ZoneId.systemDefault();
            ExamSession made = sessions.schedule(new ExamSessions.Schedule(form, client, name,
                    opens.atZone(zone).toOffsetDateTime(), closes.atZone(zone).toOffsetDateTime(), expected, mode));
            Notices.info("delivery.sessions.scheduled", made.getName(), made.getId());
            all = null;
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
    }

    public Long getForm() {
        return form;
    }

    public void setForm(Long form) {
        this.form = form;
    }

    public Long getClient() {
        return client;
    }

    public void setClient(Long client) {
        this.client = client;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDateTime getOpens() {
        return opens;
    }

    public void setOpens(LocalDateTime opens) {
        this.opens = opens;
    }

    public LocalDateTime getCloses() {
        return closes;
    }

    public void setCloses(LocalDateTime closes) {
        this.closes = closes;
    }

    public int getExpected() {
        return expected;
    }

    public void setExpected(int expected) {
        this.expected = expected;
    }

    public ExamSession.Mode getMode() {
        return mode;
    }

    public void setMode(ExamSession.Mode mode) {
        this.mode = mode;
    }
}
