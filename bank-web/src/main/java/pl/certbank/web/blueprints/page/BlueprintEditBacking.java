package pl.certbank.web.blueprints.page;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pl.certbank.assembly.boundary.AssemblyRuns;
import pl.certbank.assembly.control.Feasibility;
import pl.certbank.assembly.control.RunRecords;
import pl.certbank.assembly.entity.AssemblyRun;
import pl.certbank.blueprints.boundary.Blueprints;
import pl.certbank.blueprints.entity.Blueprint;
import pl.certbank.items.entity.ItemType;
import pl.certbank.qualifications.boundary.Qualifications;
import pl.certbank.qualifications.entity.Qualification;
import pl.certbank.refusals.Refusal;
import pl.certbank.web.faces.Notices;

/**
 * Backs blueprints/edit.xhtml: a new blueprint or the next version of one, with the bank's supply per cell beside
 * each bound, the cheap feasibility diagnosis, and the button that queues an assembly run of the saved version.
 */
@Named
@ViewScoped
public class BlueprintEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Blueprints blueprints;

    @Inject
    AssemblyRuns runs;

    @Inject
    Qualifications qualifications;

    private String idParameter;
    private Long id;
    private long revision;
    private int version;
    private boolean missing;
    private String qualification;
    private BlueprintForm form;
    private List<Feasibility.Shortfall> shortfalls;
    private int timeLimitSeconds = 30;

    public void load() {
        if (idParameter != null && !idParameter.isBlank()) {
            try {
                Blueprint blueprint = blueprints.find(Long.parseLong(idParameter.strip()));
                qualification = blueprint.getQualification().getCode();
                form = blank(qualification);
                form.take(blueprint.getName(), blueprint.getLatestVersion().rules());
                take(blueprint);
                return;
            } catch (NumberFormatException | Refusal e) {
                missing = true;
                Notices.error("blueprints.error.notFound");
                return;
            }
        }
        qualification = qualifications.defaultCode();
        form = blank(qualification);
    }

    private BlueprintForm blank(String code) {
        Qualification q = qualifications.withFramework(code).orElseThrow();
        Map<String, Integer> supply = new HashMap<>();
        runs.supply(code).forEach((cell, n) -> supply.put(cell.kind().name() + ":" + cell.code(), n));
        return BlueprintForm.of(q, supply);
    }

    private void take(Blueprint blueprint) {
        id = blueprint.getId();
        revision = blueprint.getLockVersion();
        version = blueprint.getLatestVersion().getNumber();
    }

    public String save() {
        try {
            if (id == null) {
                Blueprint created = blueprints.create(qualification, form.getName(), form.toRules());
                Notices.info("blueprints.edit.created", created.getName());
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/blueprints/edit?faces-redirect=true&id=" + created.getId();
            }
            take(blueprints.revise(id, revision, qualification, form.getName(), form.toRules()));
            Notices.info("blueprints.edit.saved", version);
            shortfalls = null;
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
        return null;
    }

    /** The cheap checks of the saved version against the bank. */
    public void checkFeasibility() {
        try {
            AssemblyRuns.Diagnosis diagnosis = runs.feasibility(id);
            shortfalls = diagnosis.shortfalls();
            if (shortfalls.isEmpty()) {
                Notices.info("blueprints.edit.feasible", diagnosis.poolSize());
            }
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
    }

    /** Queues a run of the saved version and opens its page. */
    public String assemble() {
        try {
            AssemblyRun run = runs.start(id, timeLimitSeconds, RunRecords.Locks.NONE);
            return "/assembly/run?faces-redirect=true&id=" + run.getId();
        } catch (RuntimeException e) {
            Notices.refused(e);
            return null;
        }
    }

    public List<AssemblyRun> getRuns() {
        return id == null ? List.of() : runs.ofBlueprint(id);
    }

    /** Whether the signed-in user may write blueprints (others see them read-only). */
    public boolean isDesigner() {
        var context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole("designer") || context.isUserInRole("admin");
    }

    public ItemType[] getTypes() {
        return ItemType.values();
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public boolean isMissing() {
        return missing;
    }

    public String getQualification() {
        return qualification;
    }

    public BlueprintForm getForm() {
        return form;
    }

    public List<Feasibility.Shortfall> getShortfalls() {
        return shortfalls;
    }

    /** The shortfalls in the user's language. */
    public List<String> getShortfallTexts() {
        return shortfalls == null ? List.of()
                : shortfalls.stream().map(pl.certbank.web.assembly.page.DiagnosisTexts::of).toList();
    }

    public int getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public void setTimeLimitSeconds(int timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }
}
