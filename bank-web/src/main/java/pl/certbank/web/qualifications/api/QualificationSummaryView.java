package pl.certbank.web.qualifications.api;

import pl.certbank.qualifications.entity.Qualification;

/** One line of the qualification list. */
public record QualificationSummaryView(String code, String name, int prkLevel, String documentName,
        long criteriaCount) {

    public static QualificationSummaryView of(Qualification q, long criteriaCount) {
        return new QualificationSummaryView(q.getCode(), q.getName(), q.getPrkLevel(), q.getDocumentName(),
                criteriaCount);
    }
}
