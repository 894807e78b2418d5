package pl.certbank.web.blueprints.page;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pl.certbank.blueprints.entity.BlueprintRules;
import pl.certbank.blueprints.entity.BlueprintRules.Band;
import pl.certbank.blueprints.entity.BlueprintRules.CellRule;
import pl.certbank.blueprints.entity.BlueprintRules.Level;
import pl.certbank.blueprints.entity.BlueprintRules.PassMark;
import pl.certbank.blueprints.entity.BlueprintRules.Scoring;
import pl.certbank.items.entity.ItemType;
import pl.certbank.qualifications.entity.Qualification;

/**
 * The blueprint editor's fields: the scalars, and one row per outcome set, learning outcome, criterion and item type
 * with its minimum and maximum per form (empty for no bound) and the bank's supply of approved items in that cell.
 */
public class BlueprintForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private int itemsPerForm = 30;
    private int timeLimitMinutes = 45;
    private BigDecimal passMarkPercent = BigDecimal.valueOf(70);
    private int forms = 2;
    private int maxShared;
    private int maxUses = 1;
    private int excludeRecentForms;
    private BigDecimal facilityLow = new BigDecimal("0.50");
    private BigDecimal facilityTarget = new BigDecimal("0.62");
    private BigDecimal facilityHigh = new BigDecimal("0.75");
    private BigDecimal pointsPerItem = BigDecimal.ONE;
    private List<String> partialCredit = new ArrayList<>();
    private boolean foldText = true;
    private Map<String, BigDecimal> setPassPercent = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();

    /** One bounded cell of the framework or the type mix; {@code depth} indents it under its parent. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Level level;
        private final String code;
        private final String title;
        private final int depth;
        private final int supply;
        private Integer min;
        private Integer max;

        Row(Level level, String code, String title, int depth, int supply) {
            this.level = level;
            this.code = code;
            this.title = title;
            this.depth = depth;
            this.supply = supply;
        }

        public Level getLevel() {
            return level;
        }

        public String getCode() {
            return code;
        }

        public String getTitle() {
            return title;
        }

        public int getDepth() {
            return depth;
        }

        public int getSupply() {
            return supply;
        }

        public Integer getMin() {
            return min;
        }

        public void setMin(Integer min) {
            this.min = min;
        }

        public Integer getMax() {
            return max;
        }

        public void setMax(Integer max) {
            this.max = max;
        }

        public String getId() {
            return level.name().toLowerCase(java.util.Locale.ROOT) + "-" + code.replace('.', '-');
        }
    }

    /** The editor's rows for a qualification's framework and every item type, with the given supply per cell. */
    static BlueprintForm of(Qualification qualification, Map<String, Integer> supply) {
        BlueprintForm form = new BlueprintForm();
        qualification.getSets().forEach(set -> {
            form.rows.add(
                    new Row(Level.SET, set.getCode(), set.getTitle(), 0, supply(supply, Level.SET, set.getCode())));
            set.getOutcomes().forEach(outcome -> {
                form.rows.add(new Row(Level.OUTCOME, outcome.getCode(), outcome.getTitle(), 1,
                        supply(supply, Level.OUTCOME, outcome.getCode())));
                outcome.getCriteria().forEach(c -> form.rows.add(new Row(Level.CRITERION, c.getCode(), c.getText(),
                        2, supply(supply, Level.CRITERION, c.getCode()))));
            });
        });
        for (ItemType type : ItemType.values()) {
            form.rows.add(new Row(Level.TYPE, type.name(), type.name(), 0,
                    supply(supply, Level.TYPE, type.name())));
        }
        return form;
    }

    private static int supply(Map<String, Integer> supply, Level level, String code) {
        return supply.getOrDefault(level.name() + ":" + code, 0);
    }

    /** Fills the fields from saved rules. */
    void take(String savedName, BlueprintRules rules) {
        name = savedName;
        itemsPerForm = rules.itemsPerForm();
        timeLimitMinutes = rules.timeLimitMinutes();
        passMarkPercent = rules.passMark().percent();
        setPassPercent = new HashMap<>(rules.passMark().setPercent());
        forms = rules.forms();
        maxShared = rules.maxShared();
        maxUses = rules.maxUses();
        excludeRecentForms = rules.excludeRecentForms();
        facilityLow = rules.facility().low();
        facilityTarget = rules.facility().target();
        facilityHigh = rules.facility().high();
        pointsPerItem = rules.scoring().pointsPerItem();
        partialCredit = new ArrayList<>(rules.scoring().partialCredit().stream().map(Enum::name).sorted().toList());
        foldText = rules.scoring().foldText();
        for (CellRule cell : rules.cells()) {
            rows.stream().filter(r -> r.level == cell.level() && r.code.equals(cell.code())).findFirst()
                    .ifPresent(r -> {
                        r.min = cell.min();
                        r.max = cell.max();
                    });
        }
    }

    /** The rules these fields describe: only rows with a bound become cells. */
    BlueprintRules toRules() {
        List<CellRule> cells = new ArrayList<>();
        rows.stream().filter(r -> r.min != null || r.max != null)
                .forEach(r -> cells.add(new CellRule(r.level, r.code, r.min, r.max)));
        Set<ItemType> partial = new HashSet<>();
        partialCredit.forEach(t -> partial.add(ItemType.valueOf(t)));
        Map<String, BigDecimal> sets = new HashMap<>();
        setPassPercent.forEach((set, value) -> {
            if (value != null) {
                sets.put(set, value);
            }
        });
        return new BlueprintRules(itemsPerForm, timeLimitMinutes, new PassMark(passMarkPercent, null, sets), cells,
                new Band(facilityLow, facilityTarget, facilityHigh), forms, maxShared, maxUses, excludeRecentForms,
                new Scoring(pointsPerItem, partial, foldText));
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Row> getFrameworkRows() {
        return rows.stream().filter(r -> r.level != Level.TYPE).toList();
    }

    public List<Row> getTypeRows() {
        return rows.stream().filter(r -> r.level == Level.TYPE).toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getItemsPerForm() {
        return itemsPerForm;
    }

    public void setItemsPerForm(int itemsPerForm) {
        this.itemsPerForm = itemsPerForm;
    }

    public int getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public void setTimeLimitMinutes(int timeLimitMinutes) {
        this.timeLimitMinutes = timeLimitMinutes;
    }

    public BigDecimal getPassMarkPercent() {
        return passMarkPercent;
    }

    public void setPassMarkPercent(BigDecimal passMarkPercent) {
        this.passMarkPercent = passMarkPercent;
    }

    public Map<String, BigDecimal> getSetPassPercent() {
        return setPassPercent;
    }

    public int getForms() {
        return forms;
    }

    public void setForms(int forms) {
        this.forms = forms;
    }

    public int getMaxShared() {
        return maxShared;
    }

    public void setMaxShared(int maxShared) {
        this.maxShared = maxShared;
    }

    public int getMaxUses() {
        return maxUses;
    }

    public void setMaxUses(int maxUses) {
        this.maxUses = maxUses;
    }

    public int getExcludeRecentForms() {
        return excludeRecentForms;
    }

    public void setExcludeRecentForms(int excludeRecentForms) {
        this.excludeRecentForms = excludeRecentForms;
    }

    public BigDecimal getFacilityLow() {
        return facilityLow;
    }

    public void setFacilityLow(BigDecimal facilityLow) {
        this.facilityLow = facilityLow;
    }

    public BigDecimal getFacilityTarget() {
        return facilityTarget;
    }

    public void setFacilityTarget(BigDecimal facilityTarget) {
        this.facilityTarget = facilityTarget;
    }

    public BigDecimal getFacilityHigh() {
        return facilityHigh;
    }

    public void setFacilityHigh(BigDecimal facilityHigh) {
        this.facilityHigh = facilityHigh;
    }

    public BigDecimal getPointsPerItem() {
        return pointsPerItem;
    }

    public void setPointsPerItem(BigDecimal pointsPerItem) {
        this.pointsPerItem = pointsPerItem;
    }

    public List<String> getPartialCredit() {
        return partialCredit;
    }

    public void setPartialCredit(List<String> partialCredit) {
        this.partialCredit = partialCredit;
    }

    public boolean isFoldText() {
        return foldText;
    }

    public void setFoldText(boolean foldText) {
        this.foldText = foldText;
    }
}
