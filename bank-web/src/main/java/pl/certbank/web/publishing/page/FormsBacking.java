package pl.certbank.web.publishing.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import pl.certbank.assembly.boundary.Forms;
import pl.certbank.assembly.entity.TestForm;
import pl.certbank.publishing.boundary.Publishing;
import pl.certbank.web.faces.Dates;
import pl.certbank.web.faces.Notices;

/** Backs publishing/forms.xhtml: every form with the lifecycle actions its status and the user's roles allow. */
@Named
@RequestScoped
public class FormsBacking {

    @Inject
    Forms forms;

    @Inject
    Publishing publishing;

    private List<Row> rows;
    private int variants = 4;
    private String reason;

    /** One form as the list shows it. */
    public record Row(long id, String code, String title, String status, String designer, String created,
            int items) {

        public boolean isDraft() {
            return TestForm.DRAFT.equals(status);
        }

        public boolean isFrozen() {
            return TestForm.FROZEN.equals(status);
        }

        public boolean isPublished() {
            return TestForm.PUBLISHED.equals(status) || TestForm.WITHDRAWN.equals(status);
        }

        public boolean isWithdrawable() {
            return TestForm.PUBLISHED.equals(status);
        }
    }

    public List<Row> getForms() {
        if (rows == null) {
            rows = forms.list().stream().map(f -> new Row(f.getId(), f.getCode(), f.getTitle(), f.getStatus(),
                    f.getDesigner() == null ? "" : f.getDesigner(), Dates.shown(f.getCreatedAt()),
                    f.getSlots().size())).toList();
        }
        return rows;
    }

    public void freeze(long id) {
        act(() -> {
            Publishing.Frozen frozen = publishing.freeze(id);
            if (frozen.violations().isEmpty()) {
                Notices.info("publishing.frozen", frozen.form().getCode());
            } else {
                Notices.error("publishing.frozenWithViolations", frozen.form().getCode(), frozen.violations().size(),
                        frozen.violations().get(0).text());
            }
        });
    }

    public void unfreeze(long id) {
        act(() -> Notices.info("publishing.unfrozen", publishing.unfreeze(id).getCode()));
    }

    public void publish(long id) {
        act(() -> {
            var published = publishing.publish(id, variants);
            Notices.info("publishing.published", published.form().getCode(), published.variants().size(),
                    published.snapshot().getContentHash().substring(0, 12));
        });
    }

    public void withdraw(long id) {
        act(() -> Notices.info("publishing.withdrawn", publishing.withdraw(id, reason).getCode()));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
        rows = null;
    }

    public int getVariants() {
        return variants;
    }

    public void setVariants(int variants) {
        this.variants = variants;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
