package pl.certbank.web.items;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.Optional;
import java.util.stream.Collectors;
import org.primefaces.model.TreeNode;
import pl.certbank.items.boundary.Items;
import pl.certbank.items.control.QualityWarning;
import pl.certbank.items.entity.CognitiveLevel;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemStatus;
import pl.certbank.items.entity.ItemType;
import pl.certbank.qualifications.boundary.Qualifications;
import pl.certbank.reviews.boundary.Reviews;

/**
 * Backs items/edit.xhtml: writes a new item or the next version of one (with the revision read when the page was
 * opened, so a concurrent edit is refused instead of overwritten), checks quality, and moves it through its lifecycle.
 */
@Named
@ViewScoped
public class ItemEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Items items;

    @Inject
    Reviews reviews;

    @Inject
    Qualifications qualifications;

    private String idParameter;
    private boolean missing;
    private Long id;
    private String qualification;
    private ItemForm form;
    private VersionDisplay saved;
    private String enemies = "";
    private String family;
    private String retireReason;
    private List<String> formsUsing = List.of();
    private List<QualityWarning> warnings = List.of();
    private CandidatePreview preview;
    private TreeNode<FrameworkChoices.Node> criteriaTree;
    private TreeNode<FrameworkChoices.Node>[] selectedCriteria;

    /** Reads the item (or starts a blank one without an id) when the page opens; says so when there is no such item. */
    public void load() {
        if (idParameter == null || idParameter.isBlank()) {
            form = ItemForm.blank();
            qualification = qualifications.defaultCode();
        } else {
            Optional<Item> item = VersionDisplay.find(items, idParameter);
            if (item.isEmpty()) {
                missing = true;
                Notices.error("items.error.notFound");
                return;
            }
            show(item.get());
        }
        criteriaTree = FrameworkChoices.tree(qualifications.withFramework(qualification).orElseThrow(),
                form.getCriteria());
        refreshPreview();
    }

    private void show(Item item) {
        saved = VersionDisplay.of(item);
        id = saved.id();
        qualification = item.getQualification().getCode();
        form = ItemForm.of(saved.content());
        family = item.getFamily();
        enemies = item.getEnemies().stream().map(Item::getReference).sorted().collect(Collectors.joining(", "));
    }

    public void refreshPreview() {
        form.setCriteria(selectedCriteria == null ? FrameworkChoices.selectedCodes(criteriaTree)
                : Arrays.stream(selectedCriteria).map(TreeNode::getData).filter(n -> "criterion".equals(n.kind()))
                        .map(FrameworkChoices.Node::code).collect(Collectors.toCollection(java.util.TreeSet::new)));
        preview = new CandidatePreview(form.toContent());
    }

    public void check() {
        refreshPreview();
        warnings = items.check(qualification, id, form.toContent());
        if (warnings.isEmpty()) {
            Notices.info("items.edit.noWarnings");
        }
    }

    public String save() {
        refreshPreview();
        try {
            if (id == null) {
                Item item = items.create(qualification, form.toContent());
                Notices.info("items.edit.created", item.getReference());
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/items/edit?faces-redirect=true&id=" + item.getId();
            }
            take(items.revise(id, saved.lock(), form.toContent()));
            Notices.info("items.edit.saved", saved.reference(), saved.version());
            warnings = items.warnings(id);
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
        return null;
    }

    public void submit() {
        act(() -> items.submitForReview(id, saved.lock()), "items.edit.submitted");
    }

    public void approve() {
        act(() -> reviews.approve(id, saved.lock(), null), "items.edit.approved");
    }

    public void prepareRetire() {
        formsUsing = items.formsUsing(id);
        retireReason = null;
    }

    public void retire() {
        act(() -> items.retire(id, saved.lock(), retireReason), "items.edit.retired");
    }

    public void saveRelations() {
        try {
            List<Long> enemyIds = Arrays.stream(enemies.split("[,;\\s]+")).map(String::strip)
                    .filter(r -> !r.isEmpty()).map(this::idOf).toList();
            items.setEnemies(id, enemyIds);
            items.setFamily(id, family);
            rereadUnlessRewritten();
            Notices.info("items.edit.relationsSaved");
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
    }

    private long idOf(String ref) {
        return items.byReference(ref).map(Item::getId).orElseThrow(() -> new IllegalArgumentException(
                Notices.text("items.edit.unknownReference", ref)));
    }

    private void act(Supplier<Item> action, String doneKey) {
        try {
            take(action.get());
            Notices.info(doneKey, saved.reference());
        } catch (RuntimeException e) {
            Notices.refused(e);
            rereadUnlessRewritten();
        }
    }

    /** Takes the state this page's own write left (revision, status, version) without touching what was typed. */
    private void take(Item item) {
        saved = VersionDisplay.of(item);
        family = item.getFamily();
    }

    /**
     * Shows the item's current status and revision, unless someone else saved a new version since the author opened
     * it: taking that revision would let the author's next save overwrite the other version unseen. The old revision
     * stays, so the next save is refused as stale and the author reloads.
     */
    private void rereadUnlessRewritten() {
        Item item = items.find(id);
        if (item.getLatestVersion().getNumber() == saved.version()) {
            take(item);
        } else {
            Notices.error("items.error.stale");
        }
    }

    public boolean isMayApprove() {
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        return getStatus() == ItemStatus.IN_REVIEW && (ext.isUserInRole("reviewer") || ext.isUserInRole("admin"));
    }

    public boolean isMayWrite() {
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        return ext.isUserInRole("author") || ext.isUserInRole("admin");
    }

    public String warningText(QualityWarning w) {
        boolean joined = w.check() == QualityWarning.Check.STEM_WORDS_ONLY_IN_KEY
                || w.check() == QualityWarning.Check.NEAR_DUPLICATE;
        Object[] args = joined ? new Object[] {String.join(", ", w.arguments())} : w.arguments().toArray();
        return Notices.text("QualityCheck." + w.check().name(), args);
    }

    public ItemType[] getTypes() {
        return ItemType.values();
    }

    public Difficulty[] getDifficulties() {
        return Difficulty.values();
    }

    public CognitiveLevel[] getCognitiveLevels() {
        return CognitiveLevel.values();
    }

    /** The item's id; null for a new item. */
    public Long getId() {
        return id;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    /** True when the page's id names no item: the page says so instead of offering an empty form. */
    public boolean isMissing() {
        return missing;
    }

    public ItemForm getForm() {
        return form;
    }

    public String getReference() {
        return saved == null ? null : saved.reference();
    }

    public ItemStatus getStatus() {
        return saved == null ? null : saved.status();
    }

    public int getVersion() {
        return saved == null ? 0 : saved.version();
    }

    public String getEnemies() {
        return enemies;
    }

    public void setEnemies(String enemies) {
        this.enemies = enemies == null ? "" : enemies;
    }

    public String getFamily() {
        return family;
    }

    public void setFamily(String family) {
        this.family = family;
    }

    public String getRetireReason() {
        return retireReason;
    }

    public void setRetireReason(String retireReason) {
        this.retireReason = retireReason;
    }

    public List<String> getFormsUsing() {
        return formsUsing;
    }

    public List<QualityWarning> getWarnings() {
        return warnings;
    }

    public CandidatePreview getPreview() {
        return preview;
    }

    public TreeNode<FrameworkChoices.Node> getCriteriaTree() {
        return criteriaTree;
    }

    public TreeNode<FrameworkChoices.Node>[] getSelectedCriteria() {
        return selectedCriteria;
    }

    public void setSelectedCriteria(TreeNode<FrameworkChoices.Node>[] selectedCriteria) {
        this.selectedCriteria = selectedCriteria;
    }
}
