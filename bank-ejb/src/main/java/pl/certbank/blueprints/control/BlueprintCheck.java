package pl.certbank.blueprints.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import pl.certbank.blueprints.entity.BlueprintRefusal;
import pl.certbank.blueprints.entity.BlueprintRule;
import pl.certbank.blueprints.entity.BlueprintRules;
import pl.certbank.blueprints.entity.BlueprintRules.CellRule;
import pl.certbank.items.entity.ItemType;
import pl.certbank.qualifications.entity.Criterion;
import pl.certbank.qualifications.entity.LearningOutcome;
import pl.certbank.qualifications.entity.OutcomeSet;
import pl.certbank.qualifications.entity.Qualification;
import pl.certbank.refusals.FieldError;
import pl.certbank.refusals.Refusal;

/** The whole blueprint is checked, every error with its JSON pointer, before anything is stored. */
public final class BlueprintCheck {

    private BlueprintCheck() {
    }

    /** Refuses a name or rules that break a rule, or that name a code the qualification does not have. */
    public static void check(Qualification qualification, String name, BlueprintRules rules) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(FieldError.of("/name", BlueprintRule.REQUIRED));
        } else if (name.length() > BlueprintRules.MAX_NAME) {
            errors.add(FieldError.of("/name", BlueprintRule.TOO_LONG, BlueprintRules.MAX_NAME, name.length()));
        } else if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
            errors.add(FieldError.of("/name", BlueprintRule.NO_LETTERS)); // "\u200b" looks blank in every list
        }
        errors.addAll(rules.errors());
        Set<String> sets = qualification.getSets().stream().map(OutcomeSet::getCode).collect(Collectors.toSet());
        Set<String> outcomes = qualification.outcomes().map(LearningOutcome::getCode).collect(Collectors.toSet());
        Set<String> criteria = qualification.criteria().map(Criterion::getCode).collect(Collectors.toSet());
        Set<String> types = java.util.Arrays.stream(ItemType.values()).map(Enum::name).collect(Collectors.toSet());
        for (int i = 0; i < rules.cells().size(); i++) {
            CellRule cell = rules.cells().get(i);
            if (cell.level() == null || cell.code() == null) {
                continue;
            }
            Set<String> known = switch (cell.level()) {
                case SET -> sets;
                case OUTCOME -> outcomes;
                case CRITERION -> criteria;
                case TYPE -> types;
            };
            if (!known.contains(cell.code())) {
                errors.add(FieldError.of("/cells/" + i + "/code", BlueprintRule.UNKNOWN_CODE,
                        cell.level().name().toLowerCase(java.util.Locale.ROOT), qualification.getCode(),
                        cell.code()));
            }
        }
        for (String set : rules.passMark().setPercent().keySet()) {
            if (!sets.contains(set)) {
                errors.add(FieldError.of("/setPassPercent/" + set, BlueprintRule.UNKNOWN_CODE, "set",
                        qualification.getCode(), set));
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(BlueprintRefusal.INVALID, errors);
        }
    }
}
