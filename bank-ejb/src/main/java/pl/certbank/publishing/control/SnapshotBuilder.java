package pl.certbank.publishing.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.certbank.assembly.entity.FormSlot;
import pl.certbank.assembly.entity.TestForm;
import pl.certbank.blueprints.entity.BlueprintRules;
import pl.certbank.blueprints.entity.BlueprintRules.PassMark;
import pl.certbank.items.control.StemSanitizer;
import pl.certbank.items.entity.ItemImage;
import pl.certbank.items.entity.ItemVersion;
import pl.certbank.items.entity.answers.ScoringRule;
import pl.certbank.qualifications.entity.Criterion;
import pl.certbank.qualifications.entity.Qualification;

/**
 * Puts a frozen form's snapshot together from its pinned item versions and its blueprint version's rules (time limit,
 * pass mark, scoring). A form put together without a blueprint is scored one point per item, all or nothing, and
 * passes at {@value #DEFAULT_PASS_PERCENT} %, in {@value #DEFAULT_MINUTES} minutes.
 */
public final class SnapshotBuilder {

    static final int DEFAULT_MINUTES = 60;
    static final int DEFAULT_PASS_PERCENT = 50;
    private static final Pattern IMAGE = Pattern.compile(Pattern.quote(ItemImage.URL_PREFIX) + "(\\d+)");

    private SnapshotBuilder() {
    }

    public static Snapshot of(TestForm form, Qualification qualification, List<Snapshot.VariantSeed> variants) {
        BlueprintRules rules = form.getBlueprintVersion() == null ? null : form.getBlueprintVersion().rules();
        List<Snapshot.Item> items = new ArrayList<>();
        for (FormSlot slot : form.getSlots()) {
            ItemVersion version = slot.getVersion();
            ScoringRule rule = rules == null || rules.scoring() == null ? ScoringRule.DEFAULT
                    : rules.scoring().ruleFor(version.getType());
            TreeSet<String> criteria = new TreeSet<>();
            TreeSet<String> outcomes = new TreeSet<>();
            TreeSet<String> sets = new TreeSet<>();
            for (Criterion criterion : version.getCriteria()) {
                criteria.add(criterion.getCode());
                outcomes.add(criterion.getOutcome().getCode());
                sets.add(criterion.getOutcome().getOutcomeSet().getCode());
            }
            String stem = StemSanitizer.sanitise(version.getStem() == null ? "" : version.getStem());
            items.add(new Snapshot.Item(slot.getSlot(), version.getItem().getReference(), version.getItem().getId(),
                    version.getNumber(), version.getType(), stem, version.answer(), rule, List.copyOf(criteria),
                    List.copyOf(outcomes), List.copyOf(sets), images(stem)));
        }
        PassMark passMark = rules == null
                ? new PassMark(BigDecimal.valueOf(DEFAULT_PASS_PERCENT), null, java.util.Map.of())
                : rules.passMark();
        return new Snapshot(form.getCode(), form.getTitle(),
                new Snapshot.Qualification(qualification.getCode(), qualification.getName(),
                        qualification.getLegalBasis(), qualification.getVersion()),
                rules == null ? DEFAULT_MINUTES : rules.timeLimitMinutes(), passMark, items, variants);
    }

    /** The stored images a stem shows, in order of first appearance. */
    static List<Long> images(String stem) {
        List<Long> ids = new ArrayList<>();
        Matcher m = IMAGE.matcher(stem);
        while (m.find()) {
            long id = Long.parseLong(m.group(1));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
