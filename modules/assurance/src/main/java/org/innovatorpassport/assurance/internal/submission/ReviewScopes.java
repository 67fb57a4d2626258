package org.innovatorpassport.assurance.internal.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovatorpassport.assurance.api.CarriedDecision;
import org.innovatorpassport.assurance.api.CriterionToReview;
import org.innovatorpassport.assurance.api.ReviewScope;
import org.innovatorpassport.templates.api.Criterion;
import org.innovatorpassport.templates.api.Decision;
import org.innovatorpassport.templates.api.Template;

/**
 * Reads a submission's decision history for what the assessor must review: a carried decision stands
 * until something reopens it; a reopened criterion says why in its latest reopening.
 */
@ApplicationScoped
class ReviewScopes {
    static final String NEVER_DECIDED = "Not decided for the earlier passport";
    static final String FIRST_ASSESSMENT = "First assessment";

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    SubmissionViews views;

    ReviewScope of(Submission submission) {
        Template template = views.template(submission);
        Map<String, DecisionEntry> current = views.currentDecisions(submission.id);
        Map<String, String> reopenedBecause = new HashMap<>();
        em.createQuery("select d from DecisionEntry d where d.submissionId = :s and d.decision = :reopened order by d.decidedAt, d.id",
                        DecisionEntry.class).setParameter("s", submission.id).setParameter("reopened", DecisionEntry.REOPENED)
                .getResultStream().forEach(d -> reopenedBecause.put(d.criterionCode, d.comment));
        UUID from = submission.renewsPassportId != null ? submission.renewsPassportId : submission.carriesPassportId;
        List<CarriedDecision> carried = new ArrayList<>();
        List<CriterionToReview> toReview = new ArrayList<>();
        for (Criterion criterion : template.applicable(views.answers(submission.id))) {
            DecisionEntry entry = current.get(criterion.code());
            if (entry != null && entry.carriedFromPassportId != null) {
                carried.add(new CarriedDecision(criterion.code(), Decision.valueOf(entry.decision), entry.comment, entry.decidedBy,
                        LocalDate.ofInstant(entry.carriedDecidedAt, ZoneOffset.UTC), entry.carriedFromPassportId, entry.carriedFromCode));
            } else {
                String reason = reopenedBecause.getOrDefault(criterion.code(), from == null ? FIRST_ASSESSMENT : NEVER_DECIDED);
                toReview.add(new CriterionToReview(criterion.code(), reason, entry == null ? null : Decision.valueOf(entry.decision)));
            }
        }
        String code = from == null ? null : em.createQuery("select p.code from PassportRecord p where p.id = :p", String.class)
                .setParameter("p", from).getResultStream().findFirst().orElse(null);
        return new ReviewScope(submission.id, from, code, List.copyOf(carried), List.copyOf(toReview));
    }
}
