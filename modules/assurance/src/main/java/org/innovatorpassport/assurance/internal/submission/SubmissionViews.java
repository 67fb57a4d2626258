package org.innovatorpassport.assurance.internal.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.innovatorpassport.assurance.api.CriterionState;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.assurance.internal.evidence.EvidenceDocument;
import org.innovatorpassport.assurance.internal.evidence.SubmissionDocuments;
import org.innovatorpassport.onboarding.api.Onboarding;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.templates.api.Answer;
import org.innovatorpassport.templates.api.Criterion;
import org.innovatorpassport.templates.api.Decision;
import org.innovatorpassport.templates.api.EvidenceRequirement;
import org.innovatorpassport.templates.api.PassOutcome;
import org.innovatorpassport.templates.api.Section;
import org.innovatorpassport.templates.api.Template;
import org.innovatorpassport.templates.api.Templates;

/** Reads a submission's answers, current decisions and evidence, and what the template makes of them. */
@ApplicationScoped
public class SubmissionViews {

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    Templates templates;

    @Inject
    SubmissionDocuments documents;

    @Inject
    Onboarding onboarding;

    @Inject
    Callers callers;

    private String supplierName(UUID supplierId) {
        return onboarding.profile(supplierId).legalName();
    }

    public Template template(Submission submission) {
        return templates.find(submission.templateId, submission.templateVersion).orElseThrow(() -> new IllegalStateException(
                "template " + submission.templateId + " " + submission.templateVersion + " is no longer loaded"));
    }

    public Map<String, Answer> answers(UUID submissionId) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        em.createQuery("select a from AnswerRecord a where a.submissionId = :s", AnswerRecord.class)
                .setParameter("s", submissionId).getResultStream().forEach(a -> answers.put(a.criterionCode, a.answer()));
        return answers;
    }

    /** The latest entry per criterion; a reopened criterion has none. */
    public Map<String, DecisionEntry> currentDecisions(UUID submissionId) {
        Map<String, DecisionEntry> latest = new HashMap<>();
        em.createQuery("select d from DecisionEntry d where d.submissionId = :s order by d.decidedAt, d.id", DecisionEntry.class)
                .setParameter("s", submissionId).getResultStream().forEach(d -> latest.put(d.criterionCode, d));
        latest.values().removeIf(d -> DecisionEntry.REOPENED.equals(d.decision));
        return latest;
    }

    public Map<String, Decision> decisions(UUID submissionId) {
        return currentDecisions(submissionId).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Decision.valueOf(e.getValue().decision)));
    }

    /** Evidence types the answers call for that no current document provides. */
    public List<String> missingEvidence(Template template, Map<String, Answer> answers, List<EvidenceDocument> current) {
        Set<String> provided = current.stream().map(d -> d.evidenceType).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (List<EvidenceRequirement> requirements : template.evidenceNeeded(answers).values()) {
            for (EvidenceRequirement requirement : requirements) {
                if (requirement.required() && !provided.contains(requirement.evidenceType())) {
                    missing.add(requirement.evidenceType());
                }
            }
        }
        return List.copyOf(missing);
    }

    public SubmissionView view(Submission submission) {
        Template template = template(submission);
        Map<String, Answer> answers = answers(submission.id);
        Map<String, DecisionEntry> decided = currentDecisions(submission.id);
        Map<String, Decision> decisions = new HashMap<>();
        decided.forEach((code, entry) -> decisions.put(code, Decision.valueOf(entry.decision)));
        Set<String> applying = template.applicable(answers).stream().map(Criterion::code).collect(Collectors.toSet());
        List<CriterionState> criteria = new ArrayList<>();
        for (Section section : template.sections()) {
            for (Criterion criterion : section.criteria()) {
                DecisionEntry entry = decided.get(criterion.code());
                criteria.add(new CriterionState(criterion.code(), section.code(), criterion.question(),
                        applying.contains(criterion.code()), answers.get(criterion.code()),
                        entry == null ? null : Decision.valueOf(entry.decision), entry == null ? null : entry.comment));
            }
        }
        PassOutcome outcome = template.evaluate(answers, decisions);
        Map<String, String> scores = new LinkedHashMap<>();
        outcome.scores().forEach((section, score) -> scores.put(section, score.toString()));
        return new SubmissionView(submission.id, submission.productId, submission.supplierId, supplierName(submission.supplierId),
                submission.templateId, submission.templateVersion, submission.status, submission.renewsPassportId, criteria,
                template.validate(answers), missingEvidence(template, answers, documents.current(submission.id)), outcome.passed(),
                outcome.outstanding(), scores, submission.passportId, submission.submittedAt, submission.updatedAt, submission.version,
                SubmissionActions.allowed(submission, Callers.ofRequest(callers),
                        outcome.passed() && awaitingReview(submission, criteria).isEmpty()));
    }

    /**
     * The criteria a renewal or a new version still needs an assessor to decide: those that apply and
     * have no decision, because a change reopened them or none was ever made. A passport waits for them
     * even where the pass rule does not name them: the assessor reviews every change, not only those that count.
     */
    public static List<String> awaitingReview(Submission submission, List<CriterionState> criteria) {
        if (!submission.carriesDecisions()) {
            return List.of();
        }
        return criteria.stream().filter(c -> c.applies() && c.decision() == null).map(CriterionState::code).toList();
    }
}
