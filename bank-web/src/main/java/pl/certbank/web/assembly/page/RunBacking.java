package pl.certbank.web.assembly.page;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import pl.certbank.assembly.boundary.AssemblyRuns;
import pl.certbank.assembly.control.Candidate;
import pl.certbank.assembly.control.Cell;
import pl.certbank.assembly.control.FormsReview;
import pl.certbank.assembly.control.RunRecords;
import pl.certbank.assembly.control.Swaps;
import pl.certbank.assembly.entity.AssemblyRun;
import pl.certbank.assembly.entity.TestForm;
import pl.certbank.items.entity.ItemType;
import pl.certbank.qualifications.boundary.Qualifications;
import pl.certbank.refusals.Refusal;
import pl.certbank.web.faces.Notices;

/**
 * Backs assembly/run.xhtml: polls a running assembly for its progress, then shows what it found and lets a designer
 * swap items and accept the forms.
 */
@Named
@ViewScoped
public class RunBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssemblyRuns runs;

    @Inject
    Qualifications qualifications;

    private String idParameter;
    private Long id;
    private boolean missing;
    private transient AssemblyRun run;
    private transient AssemblyRuns.Inspection inspection;
    private transient Map<Long, Candidate> pool;
    private transient List<RunMatrix.Row> matrix;
    private Integer swapForm;
    private Long swapItem;
    private List<SwapChoice> swapChoices = List.of();
    private final java.util.HashSet<Long> lockedOut = new java.util.HashSet<>();
    private final java.util.HashMap<Integer, java.util.HashSet<Long>> lockedIn = new java.util.HashMap<>();
    private int timeLimitSeconds = 30;

    /** An item that could take the swapped item's place, and what the objective loses (or gains) by it. */
    public record SwapChoice(long item, String reference, int facility, long change) implements Serializable {
    }

    /** One placed item as the form lists show it. */
    public record Placed(long item, String reference, String type, int facility) {
    }

    public void load() {
        try {
            id = Long.parseLong(idParameter == null ? "" : idParameter.strip());
            refresh();
        } catch (NumberFormatException | Refusal e) {
            missing = true;
            Notices.error("assembly.error.notFound");
        }
    }

    /** Reads the run again (the page polls this while it runs). */
    public void refresh() {
        run = runs.find(id);
        inspection = null;
        pool = null;
        matrix = null;
    }

    private AssemblyRun run() {
        if (run == null && id != null) {
            refresh();
        }
        return run;
    }

    public boolean isFinished() {
        return run() == null || run().getStatus().isFinal();
    }

    public boolean isHasForms() {
        return run() != null && run().getStatus().hasForms() && run().getForms() != null;
    }

    /** The run against the bank now, read once per request however many parts of the page show it. */
    private AssemblyRuns.Inspection inspection() {
        if (inspection == null) {
            inspection = runs.inspect(run());
        }
        return inspection;
    }

    public FormsReview getReview() {
        return isHasForms() ? inspection().review() : null;
    }

    private Map<Long, Candidate> pool() {
        if (pool == null) {
            pool = inspection().byItem();
        }
        return pool;
    }

    public List<RunMatrix.Row> getMatrix() {
        if (matrix == null && getReview() != null) {
            List<String> codes = Arrays.stream(ItemType.values()).map(Enum::name).toList();
            List<String> labels = codes.stream().map(c -> Notices.text("ItemType." + c)).toList();
            matrix = RunMatrix.of(qualifications.withFramework(run().getBlueprintVersion().getBlueprint()
                    .getQualification().getCode()).orElseThrow(), inspection().demand(), getReview(), labels, codes);
        }
        return matrix;
    }

    public List<List<Placed>> getForms() {
        List<List<Placed>> forms = new ArrayList<>();
        for (List<RunRecords.Placed> form : RunRecords.forms(run().getForms())) {
            forms.add(form.stream().map(p -> {
                Candidate c = pool().get(p.item());
                String type = c == null ? "" : c.cells().stream().filter(cell -> cell.kind() == Cell.Kind.TYPE)
                        .map(Cell::code).findFirst().orElse("");
                return new Placed(p.item(), p.reference(), type, c == null ? 0 : c.facility());
            }).toList());
        }
        return forms;
    }

    public List<Integer> getFormNumbers() {
        int n = getReview() == null ? 0 : getReview().forms().size();
        List<Integer> numbers = new ArrayList<>();
        for (int f = 1; f <= n; f++) {
            numbers.add(f);
        }
        return numbers;
    }

    /** Opens the swap choices for one item on one form (1-based). */
    public void chooseSwap(int form, long item) {
        swapForm = form;
        swapItem = item;
        try {
            List<Swaps.Swap> swaps = runs.swaps(id, form, item);
            swapChoices = swaps.stream().limit(20).map(s -> {
                Candidate c = pool().get(s.itemIn());
                return new SwapChoice(s.itemIn(), c == null ? "#" + s.itemIn() : c.reference(),
                        c == null ? 0 : c.facility(), s.objectiveChange());
            }).toList();
            if (swapChoices.isEmpty()) {
                Notices.info("assembly.swap.none");
            }
        } catch (RuntimeException e) {
            swapChoices = List.of();
            Notices.refused(e);
        }
    }

    public void swap(long in) {
        try {
            String out = getSwapReference();
            String chosen = swapChoices.stream().filter(c -> c.item() == in).map(SwapChoice::reference).findFirst()
                    .orElse("#" + in);
            runs.swap(id, swapForm, swapItem, in);
            Notices.info("assembly.swap.done", out, chosen, swapForm);
            swapChoices = List.of();
            refresh();
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
    }

    public void accept() {
        try {
            Notices.info("assembly.accepted",
                    String.join(", ", runs.accept(id).stream().map(TestForm::getCode).toList()));
            refresh();
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
    }

    /** Keeps an item on its form in the next run (or stops keeping it). */
    public void toggleKeep(int form, long item) {
        var kept = lockedIn.computeIfAbsent(form, f -> new java.util.HashSet<>());
        if (!kept.remove(item)) {
            kept.add(item);
            lockedOut.remove(item);
        }
    }

    /** Leaves an item out of every form in the next run (or lets it back in). */
    public void toggleDrop(long item) {
        if (!lockedOut.remove(item)) {
            lockedOut.add(item);
            lockedIn.values().forEach(k -> k.remove(item));
        }
    }

    public boolean kept(int form, long item) {
        return lockedIn.getOrDefault(form, new java.util.HashSet<>()).contains(item);
    }

    public boolean dropped(long item) {
        return lockedOut.contains(item);
    }

    public int getLockCount() {
        return lockedOut.size() + lockedIn.values().stream().mapToInt(java.util.Set::size).sum();
    }

    /** Assembles the blueprint again with the items kept and dropped here, and opens the new run. */
    public String resolve() {
        try {
            java.util.Map<Integer, java.util.Set<Long>> in = new java.util.HashMap<>();
            lockedIn.forEach((form, items) -> {
                if (!items.isEmpty()) {
                    in.put(form, java.util.Set.copyOf(items));
                }
            });
            AssemblyRun next = runs.start(run().getBlueprintVersion().getBlueprint().getId(), timeLimitSeconds,
                    new RunRecords.Locks(java.util.Set.copyOf(lockedOut), in));
            return "/assembly/run?faces-redirect=true&id=" + next.getId();
        } catch (RuntimeException e) {
            Notices.refused(e);
            return null;
        }
    }

    /** How many items are on one form, two forms, ... (item use across the forms). */
    public List<int[]> getUses() {
        if (getReview() == null) {
            return List.of();
        }
        java.util.TreeMap<Integer, Integer> byUses = new java.util.TreeMap<>();
        getReview().uses().values().forEach(u -> byUses.merge(u, 1, Integer::sum));
        List<int[]> rows = new ArrayList<>();
        byUses.forEach((uses, items) -> rows.add(new int[] {uses, items}));
        return rows;
    }

    public int getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public void setTimeLimitSeconds(int timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }

    public void cancel() {
        try {
            runs.cancel(id);
            Notices.info("assembly.cancelled");
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
        refresh();
    }

    /** Chart.js configuration: the incumbent and the bound over time. */
    public String getProgressChart() {
        return RunCharts.progress(runs.progress(run()));
    }

    /** Chart.js configuration: each form's mean facility against the band. */
    public String getFacilityChart() {
        return RunCharts.facility(getReview(), inspection().demand());
    }

    /** Chart.js configuration: each form's item types, stacked. */
    public String getTypesChart() {
        return RunCharts.types(getReview());
    }

    /** The texts of the run's diagnosis (why the bank cannot supply the blueprint). */
    public List<String> getDiagnosis() {
        return DiagnosisTexts.of(RunRecords.array(run().getDiagnosis()).getValuesAs(jakarta.json.JsonObject.class));
    }

    /** The texts of the independent check's violations (none for a run that can be accepted). */
    public List<String> getViolations() {
        return texts(run().getViolations());
    }

    private static List<String> texts(String stored) {
        return RunRecords.array(stored).getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(o -> o.getString("text", "")).toList();
    }

    public boolean isDesigner() {
        var context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole("designer") || context.isUserInRole("admin");
    }

    public AssemblyRun getRun() {
        return run();
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public boolean isMissing() {
        return missing;
    }

    public Integer getSwapForm() {
        return swapForm;
    }

    public Long getSwapItem() {
        return swapItem;
    }

    public String getSwapReference() {
        return swapItem == null || pool().get(swapItem) == null ? "" : pool().get(swapItem).reference();
    }

    public List<SwapChoice> getSwapChoices() {
        return swapChoices;
    }
}
