package pl.certbank.web.items.page;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import pl.certbank.items.boundary.BulkItems;
import pl.certbank.items.boundary.Items;
import pl.certbank.items.control.ItemPage;
import pl.certbank.items.control.ItemFilter;
import pl.certbank.items.control.ItemQuery;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.ItemStatus;
import pl.certbank.items.entity.ItemType;
import pl.certbank.qualifications.boundary.Qualifications;
import pl.certbank.qualifications.entity.Qualification;
import pl.certbank.web.faces.Notices;

/** Backs items/list.xhtml: the searchable, server-paged item list and bulk actions on the selected rows. */
@Named
@ViewScoped
public class ItemListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Items items;

    @Inject
    BulkItems bulk;

    @Inject
    Qualifications qualifications;

    private String qualification;
    private List<SelectItem> criterionGroups;
    private List<String> sets;
    private List<String> criteria = new ArrayList<>();
    private String outcomeSet;
    private List<String> statuses = new ArrayList<>();
    private List<String> types = new ArrayList<>();
    private List<String> difficulties = new ArrayList<>();
    private String author;
    private String text;
    private boolean unusedOnly;
    private ItemRows rows;
    private List<ItemListRow> selected = new ArrayList<>();
    private List<String> bulkCriteria = new ArrayList<>();
    private String reason;

    @PostConstruct
    void init() {
        Qualification q = qualifications.withFramework(qualifications.defaultCode()).orElseThrow();
        qualification = q.getCode();
        criterionGroups = FrameworkChoices.criterionGroups(q);
        sets = q.getSets().stream().map(s -> s.getCode()).toList();
        rows = new ItemRows(this::page);
    }

    private ItemPage<ItemListRow> page(ItemQuery.Sort sort, boolean descending, int offset, int limit) {
        ItemPage<pl.certbank.items.control.ItemRow> page = items.search(new ItemFilter(qualification)
                .criteria(criteria).outcomeSet(outcomeSet).statuses(enums(statuses, ItemStatus.class))
                .types(enums(types, ItemType.class)).difficulties(enums(difficulties, Difficulty.class))
                .author(author).text(text).unusedOnly(unusedOnly).page(sort, descending, offset, limit));
        return page.withRows(page.rows().stream().map(ItemListRow::new).toList());
    }

    private static <E extends Enum<E>> java.util.Set<E> enums(List<String> names, Class<E> type) {
        return names.stream().map(n -> Enum.valueOf(type, n)).collect(java.util.stream.Collectors.toSet());
    }

    public void search() {
        selected = new ArrayList<>();
    }

    public void apply(String action) {
        if (selected.isEmpty()) {
            Notices.error("items.list.noneSelected");
            return;
        }
        try {
            BulkItems.Action bulkAction = BulkItems.Action.valueOf(action);
            List<BulkItems.Outcome> outcomes = bulk.apply(bulkAction,
                    selected.stream().map(ItemListRow::getId).toList(), new HashSet<>(bulkCriteria), reason);
            long done = outcomes.stream().filter(BulkItems.Outcome::done).count();
            Notices.info("items.list.bulkDone", done, outcomes.size() - done);
            outcomes.stream().filter(o -> !o.done()).forEach(o -> refused(bulkAction, o));
            selected = new ArrayList<>();
        } catch (RuntimeException e) {
            Notices.refused(e);
        }
    }

    /** Says why one item was refused, in the user's language: "CRM-012: cannot retire — status is Retired". */
    private static void refused(BulkItems.Action action, BulkItems.Outcome outcome) {
        Notices.error("BulkItems.Refusal." + outcome.refusal(),
                outcome.reference() == null ? "#" + outcome.id() : outcome.reference(),
                Notices.text("BulkItems.Action." + action),
                outcome.status() == null ? "" : Notices.text("ItemStatus." + outcome.status()),
                outcome.errors().isEmpty() ? outcome.message()
                        : String.join("; ", outcome.errors().stream().map(Notices::describe).toList()));
    }

    public ItemStatus[] getAllStatuses() {
        return ItemStatus.values();
    }

    public ItemType[] getAllTypes() {
        return ItemType.values();
    }

    public Difficulty[] getAllDifficulties() {
        return Difficulty.values();
    }

    public List<SelectItem> getCriterionGroups() {
        return criterionGroups;
    }

    public List<String> getSets() {
        return sets;
    }

    public ItemRows getRows() {
        return rows;
    }

    /** False when the search counted only the first 10,000 matches: the list then shows "10000+". */
    public boolean isTotalExact() {
        return rows.isTotalExact();
    }

    public List<String> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<String> criteria) {
        this.criteria = criteria;
    }

    public String getOutcomeSet() {
        return outcomeSet;
    }

    public void setOutcomeSet(String outcomeSet) {
        this.outcomeSet = outcomeSet == null || outcomeSet.isBlank() ? null : outcomeSet;
    }

    public List<String> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<String> statuses) {
        this.statuses = statuses;
    }

    public List<String> getTypes() {
        return types;
    }

    public void setTypes(List<String> types) {
        this.types = types;
    }

    public List<String> getDifficulties() {
        return difficulties;
    }

    public void setDifficulties(List<String> difficulties) {
        this.difficulties = difficulties;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author == null || author.isBlank() ? null : author.strip();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isUnusedOnly() {
        return unusedOnly;
    }

    public void setUnusedOnly(boolean unusedOnly) {
        this.unusedOnly = unusedOnly;
    }

    public List<ItemListRow> getSelected() {
        return selected;
    }

    public void setSelected(List<ItemListRow> selected) {
        this.selected = selected;
    }

    public List<String> getBulkCriteria() {
        return bulkCriteria;
    }

    public void setBulkCriteria(List<String> bulkCriteria) {
        this.bulkCriteria = bulkCriteria;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
