package org.innovatorpassport.assurance.internal.submission;

import org.innovatorpassport.platform.api.Validity;
import org.innovatorpassport.assurance.api.Verdict;
import jakarta.validation.Validator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovatorpassport.assurance.api.DecisionRecord;
import org.innovatorpassport.assurance.api.SubmissionStatus;
import org.innovatorpassport.assurance.api.SubmissionSummary;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.assurance.api.Submissions;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.onboarding.api.Onboarding;
import org.innovatorpassport.platform.api.AuditLog;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.templates.api.Answer;
import org.innovatorpassport.templates.api.Criterion;
import org.innovatorpassport.templates.api.Decision;
import org.innovatorpassport.templates.api.Template;
import org.innovatorpassport.templates.api.Templates;

@ApplicationScoped
@Transactional
class JpaSubmissions implements Submissions {

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    SubmissionAccess access;

    @Inject
    SubmissionViews views;

    @Inject
    Templates templates;

    @Inject
    Products products;

    @Inject
    Onboarding onboarding;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    ReviewTurns turns;

    @Override
    public SubmissionView open(UUID productId, String templateId) {
        Caller caller = callers.required();
        ProductView product = products.find(productId).filter(p -> caller.actsFor(p.supplierId()))
                .orElseThrow(() -> Problem.invalid("productId", "Choose one of your products"));
        Template template;
        try {
            template = templates.current(templateId, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        } catch (RuntimeException unknown) {
            throw Problem.invalid("templateId", "There is no template " + templateId + " in force today");
        }
        if (!onboarding.readyToSubmit(caller.organisationId())) {
            throw new Problem(409, "onboarding-incomplete", "Onboarding not finished",
                    "Finish your onboarding checklist before opening a submission.");
        }
        Submission submission = new Submission();
        submission.id = UUID.randomUUID();
        submission.productId = product.id();
        submission.supplierId = product.supplierId();
        submission.templateId = template.id();
        submission.templateVersion = template.version();
        submission.status = SubmissionStatus.DRAFT;
        submission.createdAt = clock.instant();
        submission.updatedAt = submission.createdAt;
        em.persist(submission);
        audit.record("submission.opened", "submission", submission.id,
                template.title() + " " + template.version() + " for " + product.details().name() + " " + product.details().version());
        return views.view(submission);
    }

    @Override
    public SubmissionView get(UUID submissionId) {
        return views.view(access.visible(submissionId));
    }

    @Override
    public List<SubmissionSummary> list() {
        Caller caller = callers.required();
        List<Submission> found = caller.hasRole(Roles.SUPPLIER)
                ? em.createQuery("select s from Submission s where s.supplierId = :o order by s.updatedAt desc", Submission.class)
                        .setParameter("o", caller.organisationId()).getResultList()
                : em.createQuery("select s from Submission s where s.status <> :draft order by s.submittedAt desc", Submission.class)
                        .setParameter("draft", SubmissionStatus.DRAFT).getResultList();
        Map<UUID, String> supplierNames = new LinkedHashMap<>();
        List<SubmissionSummary> summaries = new ArrayList<>();
        for (Submission s : found) {
            var product = products.find(s.productId);
            String supplier = supplierNames.computeIfAbsent(s.supplierId, id -> onboarding.profile(id).legalName());
            summaries.add(new SubmissionSummary(s.id, s.productId, product.map(p -> p.details().name()).orElse("?"),
                    product.map(p -> p.details().version()).orElse("?"), s.supplierId, supplier, s.templateId,
                    s.templateVersion, s.status, s.submittedAt, s.updatedAt));
        }
        return summaries;
    }

    @Override
    public SubmissionView answer(UUID submissionId, List<Answer> answers, long revision) {
        Submission submission = access.editableBySupplier(submissionId);
        if (submission.version != revision) {
            throw Problem.conflict("This submission was changed by someone else since you loaded it. Reload it and try again.");
        }
        Template template = views.template(submission);
        Map<String, String> unknown = new LinkedHashMap<>();
        for (Answer answer : answers) {
            if (answer.criterionCode() == null || template.criterion(answer.criterionCode()).isEmpty()) {
                unknown.put(String.valueOf(answer.criterionCode()), "There is no such question in " + template.title());
            }
        }
        if (!unknown.isEmpty()) {
            throw Problem.invalid(unknown);
        }
        Map<String, DecisionEntry> decided = views.currentDecisions(submissionId);
        Instant now = clock.instant();
        int changed = 0;
        for (Answer answer : answers) {
            AnswerRecord.Key key = new AnswerRecord.Key();
            key.submissionId = submissionId;
            key.criterionCode = answer.criterionCode();
            AnswerRecord record = em.find(AnswerRecord.class, key);
            if (record != null && record.sameAs(answer)) {
                continue;
            }
            boolean fresh = record == null;
            if (fresh) {
                record = new AnswerRecord();
                record.submissionId = submissionId;
                record.criterionCode = answer.criterionCode();
            }
            record.value = answer.value() == null || answer.value().isBlank() ? null : answer.value().trim();
            record.notApplicable = answer.notApplicable();
            record.justification = answer.justification() == null || answer.justification().isBlank() ? null : answer.justification().trim();
            record.changedAt = now;
            if (fresh) {
                em.persist(record);
            }
            changed++;
            if (decided.containsKey(answer.criterionCode())) {
                reopen(submissionId, answer.criterionCode(), "The supplier changed the answer", now);
            }
        }
        if (changed > 0) {
            submission.updatedAt = now;
            em.flush();
            audit.record("submission.answered", "submission", submissionId, changed + " answer(s) changed");
        }
        return views.view(submission);
    }

    @Override
    public SubmissionView submit(UUID submissionId) {
        Submission submission = access.ownedBySupplier(submissionId);
        if (!submission.editableBySupplier()) {
            return views.view(submission);
        }
        SubmissionView view = views.view(submission);
        Map<String, String> problems = new LinkedHashMap<>(view.answerProblems());
        view.missingEvidence().forEach(type -> problems.put("evidence." + type, "Attach the " + evidenceTitle(type) + " this submission needs"));
        if (!problems.isEmpty()) {
            throw new Problem(400, "validation", "The submission is not complete",
                    "Some answers or evidence are missing or need correcting.", problems);
        }
        boolean resubmitted = submission.status == SubmissionStatus.RETURNED;
        submission.status = SubmissionStatus.SUBMITTED;
        submission.submittedAt = clock.instant();
        submission.updatedAt = submission.submittedAt;
        em.flush();
        audit.record("submission.submitted", "submission", submissionId, "submitted for assessment");
        if (resubmitted) {
            turns.resubmitted(submissionId);
        }
        return views.view(submission);
    }

    @Override
    public SubmissionView decide(UUID submissionId, Verdict verdict) {
        Validity.require(validator, verdict);
        String criterionCode = verdict.criterionCode();
        Decision decision = verdict.decision();
        String comment = verdict.comment();
        Submission submission = access.underReview(submissionId);
        Template template = views.template(submission);
        Criterion criterion = template.criterion(criterionCode)
                .orElseThrow(() -> Problem.invalid("criterionCode", "There is no criterion " + criterionCode));
        boolean applies = template.applicable(views.answers(submissionId)).stream().anyMatch(c -> c.code().equals(criterion.code()));
        if (!applies) {
            throw Problem.invalid("criterionCode", criterionCode + " does not apply to this submission's answers");
        }
        if (decision != Decision.MET && (comment == null || comment.isBlank())) {
            throw Problem.invalid("comment", "Say what is wrong or what the supplier needs to clarify");
        }
        DecisionEntry entry = new DecisionEntry();
        entry.id = UUID.randomUUID();
        entry.submissionId = submissionId;
        entry.criterionCode = criterionCode;
        entry.decision = decision.name();
        entry.comment = comment == null || comment.isBlank() ? null : comment.trim();
        entry.decidedBy = callers.required().displayName();
        entry.decidedAt = clock.instant();
        em.persist(entry);
        submission.updatedAt = entry.decidedAt;
        em.flush();
        audit.record("criterion.decided", "submission", submissionId, criterionCode + " " + decision);
        return views.view(submission);
    }

    @Override
    public SubmissionView returnToSupplier(UUID submissionId) {
        Submission submission = access.underReview(submissionId);
        submission.status = SubmissionStatus.RETURNED;
        submission.updatedAt = clock.instant();
        em.flush();
        audit.record("submission.returned", "submission", submissionId, "returned to the supplier for clarification");
        turns.returned(submissionId);
        return views.view(submission);
    }

    @Override
    public SubmissionView withdraw(UUID submissionId) {
        Submission submission = access.ownedBySupplier(submissionId);
        if (submission.status == SubmissionStatus.WITHDRAWN) {
            return views.view(submission);
        }
        if (!submission.status.allows(org.innovatorpassport.assurance.api.SubmissionAction.WITHDRAW)) {
            throw new Problem(409, "not-withdrawable", "Cannot be withdrawn",
                    "This submission is " + submission.status.name().toLowerCase().replace('_', ' ')
                            + "; only a submission sent for assessment and not yet decided can be withdrawn.");
        }
        SubmissionStatus before = submission.status;
        submission.status = SubmissionStatus.WITHDRAWN;
        submission.updatedAt = clock.instant();
        em.flush();
        audit.record("submission.withdrawn", "submission", submissionId,
                "withdrawn by the supplier while " + before.name().toLowerCase());
        return views.view(submission);
    }

    @Override
    public List<DecisionRecord> history(UUID submissionId) {
        access.visible(submissionId);
        return em.createQuery("select d from DecisionEntry d where d.submissionId = :s order by d.decidedAt, d.id", DecisionEntry.class)
                .setParameter("s", submissionId).getResultStream().map(DecisionEntry::record).toList();
    }

    void reopen(UUID submissionId, String criterionCode, String why, Instant at) {
        DecisionEntry entry = new DecisionEntry();
        entry.id = UUID.randomUUID();
        entry.submissionId = submissionId;
        entry.criterionCode = criterionCode;
        entry.decision = DecisionEntry.REOPENED;
        entry.comment = why;
        entry.decidedBy = callers.current().map(Caller::displayName).orElse("system");
        entry.decidedAt = at;
        em.persist(entry);
    }

    private String evidenceTitle(String type) {
        return templates.evidenceType(type).map(t -> t.title()).orElse(type);
    }
}
