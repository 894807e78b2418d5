package pl.certbank.web.qualifications.page;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import pl.certbank.qualifications.boundary.Qualifications;
import pl.certbank.web.qualifications.api.QualificationSummaryView;
import pl.certbank.web.qualifications.api.QualificationTreeView;

/** Backs qualifications/framework.xhtml: the chosen qualification's framework as an expandable tree table. */
@Named
@ViewScoped
public class FrameworkBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Qualifications qualifications;

    private List<QualificationSummaryView> available;
    private String code;
    private QualificationTreeView framework;
    private TreeNode<FrameworkRow> root;

    /** One row of the tree: a set, an outcome or a criterion. */
    public record FrameworkRow(String kind, String code, String text) implements Serializable {
    }

    @PostConstruct
    void init() {
        var counts = qualifications.criteriaCounts();
        available = qualifications.all().stream()
                .map(q -> QualificationSummaryView.of(q, counts.getOrDefault(q.getCode(), 0L))).toList();
        if (!available.isEmpty()) {
            code = available.get(0).code();
            load();
        }
    }

    /** Loads the framework of the qualification chosen in the selector, collapsed to its sets. */
    public void load() {
        framework = qualifications.withFramework(code).map(QualificationTreeView::of).orElse(null);
        root = new DefaultTreeNode<>(new FrameworkRow("root", "", ""), null);
        if (framework == null) {
            return;
        }
        for (var set : framework.sets()) {
            var setNode = new DefaultTreeNode<>(new FrameworkRow("set", set.code(), set.title()), root);
            for (var outcome : set.outcomes()) {
                var outcomeNode = new DefaultTreeNode<>(new FrameworkRow("outcome", outcome.code(), outcome.title()),
                        setNode);
                outcome.criteria().forEach(
                        c -> new DefaultTreeNode<>(new FrameworkRow("criterion", c.code(), c.text()), outcomeNode));
            }
        }
    }

    public void expandAll() {
        setExpanded(root, true);
    }

    public void collapseAll() {
        setExpanded(root, false);
    }

    private static void setExpanded(TreeNode<FrameworkRow> node, boolean expanded) {
        node.getChildren().forEach(child -> {
            child.setExpanded(expanded);
            setExpanded(child, expanded);
        });
    }

    public long getOutcomeCount() {
        return framework == null ? 0 : framework.sets().stream().mapToLong(s -> s.outcomes().size()).sum();
    }

    public long getCriterionCount() {
        return framework == null ? 0
                : framework.sets().stream().flatMap(s -> s.outcomes().stream()).mapToLong(o -> o.criteria().size())
                        .sum();
    }

    public List<QualificationSummaryView> getAvailable() {
        return available;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public QualificationTreeView getFramework() {
        return framework;
    }

    public TreeNode<FrameworkRow> getRoot() {
        return root;
    }
}
