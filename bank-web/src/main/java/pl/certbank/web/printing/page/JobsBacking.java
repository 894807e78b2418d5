package pl.certbank.web.printing.page;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import pl.certbank.assembly.boundary.Forms;
import pl.certbank.assembly.entity.TestForm;
import pl.certbank.delivery.entity.ExamSession;
import pl.certbank.printing.boundary.Printing;
import pl.certbank.printing.entity.PrintJob;
import pl.certbank.web.faces.Dates;
import pl.certbank.web.faces.Notices;

/**
 * Backs printing/jobs.xhtml: start a batch for a paper session or a published form, watch its progress (polled while
 * a job is queued or running) and download its candidates' bundle and, for the commission, its keys.
 */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Printing printing;

    @Inject
    Forms forms;

    private String target = "session";
    private Long session;
    private Long form;
    private String variant;
    private Integer copies;

    /** A job as the list shows it. */
    public record Row(long id, String form, String target, String status, int done, int copies, int percent,
            String requestedBy, String requestedAt, String problem, boolean ready, String candidatesSha256,
            String keysSha256) implements Serializable {
    }

    public List<Row> getJobs() {
        List<PrintJob> jobs = printing.jobs();
        var files = printing.files(jobs.stream().map(PrintJob::getId).toList());
        return jobs.stream().map(j -> row(j, files.getOrDefault(j.getId(), List.of()))).toList();
    }

    private Row row(PrintJob j, List<Printing.FileInfo> jobFiles) {
        String target = j.getSession() != null ? Notices.text("printing.jobs.ofSession", j.getSession().getName(),
                j.getSession().getId())
                : j.getVariantName() != null ? Notices.text("printing.jobs.ofVariant",
                        j.getVariantName()) : Notices.text("printing.jobs.shuffled");
        String candidates = null;
        String keys = null;
        for (Printing.FileInfo f : jobFiles) {
            if (f.kind() == pl.certbank.printing.entity.PrintFile.Kind.CANDIDATES) {
                candidates = f.sha256();
            } else {
                keys = f.sha256();
            }
        }
        return new Row(j.getId(), j.getSnapshot().getFormCode(), target, j.getStatus().name(), j.getDone(),
                j.getCopies(), j.getCopies() == 0 ? 0 : 100 * j.getDone() / j.getCopies(), j.getRequestedBy(),
                Dates.shown(j.getRequestedAt()), j.getProblem(), j.getStatus() == PrintJob.Status.DONE, candidates,
                keys);
    }

    /** Whether a job is still being made (the page polls while one is). */
    public boolean isBusy() {
        return printing.jobs().stream().anyMatch(j -> !j.getStatus().isFinal());
    }

    public List<ExamSession> getPaperSessions() {
        return printing.paperSessions();
    }

    public List<TestForm> getPublishedForms() {
        return forms.list().stream().filter(f -> TestForm.PUBLISHED.equals(f.getStatus())).toList();
    }

    public boolean isCommission() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("publisher") || external.isUserInRole("admin");
    }

    public void start() {
        try {
            PrintJob job;
            if ("session".equals(target)) {
                if (session == null) {
                    Notices.error("printing.jobs.noSession");
                    return;
                }
                job = printing.start(session, null, null, copies);
            } else {
                if (form == null) {
                    Notices.error("printing.jobs.noForm");
                    return;
                }
                job = printing.start(null, form, variant == null || variant.isBlank() ? null : variant.strip(),
                        copies);
            }
            Notices.info("printing.jobs.started", job.getId(), job.getCopies());
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
    }

    public void retry(long id) {
        try {
            printing.retry(id);
            Notices.info("printing.jobs.retried", id);
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
    }

    public void refresh() {
        // the poll re-renders the list; nothing to do here
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public Long getForm() {
        return form;
    }

    public void setForm(Long form) {
        this.form = form;
    }

    public String getVariant() {
        return variant;
    }

    public void setVariant(String variant) {
        this.variant = variant;
    }

    public Integer getCopies() {
        return copies;
    }

    public void setCopies(Integer copies) {
        this.copies = copies;
    }
}
