package pl.certbank.qualifications.control;

import java.util.List;

/** A qualification framework as read from its data file, validated and not yet stored. */
public record QualificationDefinition(String code, String name, String kind, int prkLevel, String sectoralLevel,
        String documentName, String certificateValidity, Integer certificateValidityYears, String reviewPeriod,
        String legalBasis, String summary, List<SetDefinition> sets) {

    public record SetDefinition(String code, String title, List<OutcomeDefinition> outcomes) {
    }

    public record OutcomeDefinition(String code, String title, List<CriterionDefinition> criteria) {
    }

    public record CriterionDefinition(String code, String text) {
    }

    public long criteriaCount() {
        return sets.stream().flatMap(s -> s.outcomes().stream()).mapToLong(o -> o.criteria().size()).sum();
    }
}
