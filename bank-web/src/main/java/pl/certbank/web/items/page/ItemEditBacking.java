package pl.certbank.web.items.page;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.primefaces.model.TreeNode;
import pl.certbank.items.boundary.Items;
import pl.certbank.items.control.CandidateView;
import pl.certbank.items.control.QualityWarning;
import pl.certbank.items.entity.CognitiveLevel;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemType;
import pl.certbank.qualifications.boundary.Qualifications;
import pl.certbank.web.faces.Notices;
import pl.certbank.web.items.page.answers.AnswerEditors;

/**
 * Backs the content of items/edit.xhtml: writes a new item or the next version of one, with a live candidate preview
 * and quality warnings. Lifecycle and relations have beans of their own over the same {@link EditedItem}.
 */
@Named
@ViewScoped
public class ItemEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Items items;

    @Inject
    Qualifications qualifications;

    @Inject
    AnswerEditors answerEditors;

    @Inject
    EditedItem edited;

    private String qualification;
    private ItemForm form;
    private List<QualityWarning> warnings = List.of();
    private CandidateView preview;
    private TreeNode<FrameworkChoices.Node> criteriaTree;
    private TreeNode<FrameworkChoices.Node>[] selectedCriteria;

    /** Reads the item (or starts a blank one without an id) when the page opens; says so when there is no such item. */
    public void load() {
        var item = edited.load();
        if (edited.isMissing()) {
            return;
        }
        qualification = item.map(i -> i.getQualification().getCode()).orElseGet(qualifications::defaultCode);
        form = item.map(i -> ItemForm.of(edited.saved().content(), answerEditors))
                .orElseGet(() -> ItemForm.blank(answerEditors));
        criteriaTree = FrameworkChoices.tree(qualifications.withFramework(qualification).orElseThrow(),
                form.getCriteria());
        refreshPreview();
    }

    public void refreshPreview() {
        form.setCriteria(selectedCriteria == null ? FrameworkChoices.selectedCodes(criteriaTree)
                : Arrays.stream(selectedCriteria).map(TreeNode::getData).filter(n -> "criterion".equals(n.kind()))
                        .map(FrameworkChoices.Node::code).collect(Collectors.toCollection(TreeSet::new)));
        preview = CandidateView.of(form.toContent());
    }

    public void check() {
        refreshPreview();
        warnings = items.check(qualification, edited.getId(), form.toContent());
        if (warnings.isEmpty()) {
            Notices.info("items.edit.noWarnings");
        }
    }

    public String save() {
        refreshPreview();
        try {
            if (!edited.exists()) {
                Item item = items.create(qualification, form.toContent());
                Notices.info("items.edit.created", item.getReference());
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/items/edit?faces-redirect=true&id=" + item.getId();
            }
            edited.take(items.revise(edited.getId(), edited.lock(), form.toContent()));
            Notices.info("items.edit.saved", edited.getReference(), edited.getVersion());
            warnings = items.warnings(edited.getId());
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
        return null;
    }

    /** A warning in the user's language; the words and items some checks list are joined into one argument. */
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

    public ItemForm getForm() {
        return form;
    }

    public List<QualityWarning> getWarnings() {
        return warnings;
    }

    public CandidateView getPreview() {
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
