package org.innovatorpassport.assurance.internal.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.templates.api.Answer;
import org.innovatorpassport.templates.api.EvidenceRequirement;
import org.innovatorpassport.templates.api.Template;

/**
 * What a change by the supplier does to decisions already made: only the criteria it touches are
 * reopened for review, so a resubmission is reviewed for what changed and nothing else.
 */
@ApplicationScoped
public class SubmissionChanges {

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    SubmissionViews views;

    @Inject
    Callers callers;

    /** A document of this type was replaced: every decided criterion that asks for the type needs deciding again. */
    public void evidenceReplaced(Submission submission, String evidenceType, Instant at) {
        Template template = views.template(submission);
        Map<String, Answer> answers = views.answers(submission.id);
        Map<String, DecisionEntry> decided = views.currentDecisions(submission.id);
        for (Map.Entry<String, List<EvidenceRequirement>> needs : template.evidenceNeeded(answers).entrySet()) {
            boolean asksForType = needs.getValue().stream().anyMatch(r -> r.evidenceType().equals(evidenceType));
            if (asksForType && decided.containsKey(needs.getKey())) {
                DecisionEntry entry = new DecisionEntry();
                entry.id = UUID.randomUUID();
                entry.submissionId = submission.id;
                entry.criterionCode = needs.getKey();
                entry.decision = DecisionEntry.REOPENED;
                entry.comment = "The supplier replaced the " + evidenceType + " evidence";
                entry.decidedBy = callers.current().map(Caller::displayName).orElse("system");
                entry.decidedAt = at;
                em.persist(entry);
            }
        }
    }

    /** A renewal starts with the answers, evidence and decisions of the passport it renews. */
    public Submission renewal(Submission previous, UUID passportId, String carriedFrom, Instant at) {
        Submission next = new Submission();
        next.id = UUID.randomUUID();
        next.productId = previous.productId;
        next.supplierId = previous.supplierId;
        next.templateId = previous.templateId;
        next.templateVersion = previous.templateVersion;
        next.status = org.innovatorpassport.assurance.api.SubmissionStatus.DRAFT;
        next.renewsPassportId = passportId;
        next.createdAt = at;
        next.updatedAt = at;
        em.persist(next);
        views.answers(previous.id).values().forEach(answer -> {
            AnswerRecord copy = new AnswerRecord();
            copy.submissionId = next.id;
            copy.criterionCode = answer.criterionCode();
            copy.value = answer.value();
            copy.notApplicable = answer.notApplicable();
            copy.justification = answer.justification();
            copy.changedAt = at;
            em.persist(copy);
        });
        views.currentDecisions(previous.id).values().forEach(decision -> {
            DecisionEntry copy = new DecisionEntry();
            copy.id = UUID.randomUUID();
            copy.submissionId = next.id;
            copy.criterionCode = decision.criterionCode;
            copy.decision = decision.decision;
            copy.comment = "Carried over from passport " + carriedFrom
                    + (decision.comment == null ? "" : ": " + decision.comment);
            copy.decidedBy = decision.decidedBy;
            copy.decidedAt = at;
            em.persist(copy);
        });
        return next;
    }
}
