package pl.certbank.web.items.page;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.primefaces.model.CheckboxTreeNode;
import org.primefaces.model.TreeNode;
import pl.certbank.qualifications.entity.Qualification;

/** The framework of a qualification as pickers show it: a checkbox tree, or criteria grouped by outcome. */
public final class FrameworkChoices {

    private FrameworkChoices() {
    }

    /** A node of the picker tree: a set, an outcome or a criterion. */
    public record Node(String kind, String code, String text) implements Serializable {
    }

    /** Sets → outcomes → criteria, all expanded, the given criteria ticked. */
    public static TreeNode<Node> tree(Qualification q, Set<String> selected) {
        TreeNode<Node> root = new CheckboxTreeNode<>(new Node("root", "", ""), null);
        q.getSets().forEach(set -> {
            TreeNode<Node> setNode = node("set", new Node("set", set.getCode(), set.getTitle()), root);
            set.getOutcomes().forEach(outcome -> {
                TreeNode<Node> outcomeNode = node("outcome",
                        new Node("outcome", outcome.getCode(), outcome.getTitle()), setNode);
                outcome.getCriteria().forEach(c -> {
                    TreeNode<Node> leaf = node("criterion", new Node("criterion", c.getCode(), c.getText()),
                            outcomeNode);
                    leaf.setSelected(selected.contains(c.getCode()));
                });
            });
        });
        return root;
    }

    private static TreeNode<Node> node(String type, Node data, TreeNode<Node> parent) {
        TreeNode<Node> node = new CheckboxTreeNode<>(type, data, parent);
        node.setExpanded(true);
        return node;
    }

    /** Criterion codes of the ticked leaves. */
    public static Set<String> selectedCodes(TreeNode<Node> root) {
        Set<String> codes = new java.util.TreeSet<>();
        collect(root, codes);
        return codes;
    }

    private static void collect(TreeNode<Node> node, Set<String> codes) {
        if (node.isSelected() && "criterion".equals(node.getData().kind())) {
            codes.add(node.getData().code());
        }
        node.getChildren().forEach(child -> collect(child, codes));
    }

    /** Criteria as select items grouped by learning outcome. */
    public static List<SelectItem> criterionGroups(Qualification q) {
        List<SelectItem> groups = new ArrayList<>();
        q.getSets().forEach(set -> set.getOutcomes().forEach(outcome -> {
            SelectItemGroup group = new SelectItemGroup(outcome.getCode() + " " + outcome.getTitle());
            group.setSelectItems(outcome.getCriteria().stream()
                    .map(c -> new SelectItem(c.getCode(), c.getCode() + " " + c.getText())).toList());
            groups.add(group);
        }));
        return groups;
    }
}
