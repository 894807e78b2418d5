package pl.certbank.publishing.control;

import java.util.List;
import pl.certbank.blueprints.entity.BlueprintRules.PassMark;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.AnswerView;
import pl.certbank.items.entity.answers.ScoringRule;

/**
 * What a published form is, sealed: its items in form order, each with what a candidate sees, its key and the rule
 * that scores it; the pass mark, the time limit, the qualification and framework version it was written for, and the
 * named variants' seeds. {@link SnapshotJson} writes it as the one document whose canonical form is hashed; anything
 * outside that document (errata, sessions, results) lives beside the snapshot, never in it.
 */
public record Snapshot(String code, String title, Qualification qualification, int timeLimitMinutes,
        PassMark passMark, List<Item> items, List<VariantSeed> variants) {

    /** The version of the snapshot document's shape; a reader keeps reading every earlier one. */
    public static final int FORMAT = 1;

    /** The qualification as it stood at publication: its code, name, legal basis and framework version. */
    public record Qualification(String code, String name, String legalBasis, long frameworkVersion) {
    }

    /** A named variant and the seed its arrangement follows from. */
    public record VariantSeed(String name, long seed) {
    }

    /**
     * One item of the form at {@code position} (1-based form order): the pinned version, the sanitised stem (image
     * addresses rewritten to delivery's), the answer with its key, the scoring rule, where it counts (criteria, their
     * outcomes and sets) and the stored images the stem shows.
     */
    public record Item(int position, String reference, long item, int version, ItemType type, String stem,
            Answer answer, ScoringRule rule, List<String> criteria, List<String> outcomes, List<String> sets,
            List<Long> images) {

        public Item {
            criteria = List.copyOf(criteria);
            outcomes = List.copyOf(outcomes);
            sets = List.copyOf(sets);
            images = List.copyOf(images);
        }

        /** What a candidate sees of the answer area (no key). */
        public AnswerView view() {
            return answer.candidateView();
        }
    }

    public Snapshot {
        items = List.copyOf(items);
        variants = List.copyOf(variants);
    }

    /** The groups each item lets a variant reorder, in form order: what {@link Variants#of} arranges. */
    public List<List<List<String>>> arrangeable() {
        return items.stream().map(item -> item.view().arrangeable()).toList();
    }

    /** The named variant's arrangement, recomputed from its seed. */
    public java.util.Optional<Variant> variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst()
                .map(v -> Variants.of(v.name(), v.seed(), arrangeable()));
    }
}
