package pl.certbank.web.qualifications.api;

import java.util.List;
import pl.certbank.qualifications.entity.Criterion;
import pl.certbank.qualifications.entity.LearningOutcome;
import pl.certbank.qualifications.entity.OutcomeSet;
import pl.certbank.qualifications.entity.Qualification;

/** A qualification with its metadata and framework: sets → outcomes → criteria, in the announcement's order. */
public record QualificationTreeView(String code, String name, String kind, int prkLevel, String sectoralLevel,
        String documentName, String certificateValidity, Integer certificateValidityYears, String reviewPeriod,
        String legalBasis, List<SetView> sets) {

    public record SetView(String code, String title, List<OutcomeView> outcomes) {
        static SetView of(OutcomeSet set) {
            return new SetView(set.getCode(), set.getTitle(),
                    set.getOutcomes().stream().map(OutcomeView::of).toList());
        }
    }

    public record OutcomeView(String code, String title, List<CriterionView> criteria) {
        static OutcomeView of(LearningOutcome outcome) {
            return new OutcomeView(outcome.getCode(), outcome.getTitle(),
                    outcome.getCriteria().stream().map(CriterionView::of).toList());
        }
    }

    public record CriterionView(String code, String text) {
        static CriterionView of(Criterion criterion) {
            return new CriterionView(criterion.getCode(), criterion.getText());
        }
    }

    public static QualificationTreeView of(Qualification q) {
        return new QualificationTreeView(q.getCode(), q.getName(), q.getKind(), q.getPrkLevel(),
                q.getSectoralLevel(), q.getDocumentName(), q.getCertificateValidity(),
                q.getCertificateValidityYears(), q.getReviewPeriod(), q.getLegalBasis(),
                q.getSets().stream().map(SetView::of).toList());
    }
}
