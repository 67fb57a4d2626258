package org.innovatorpassport.assurance.internal.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.innovatorpassport.assurance.api.PassportStatus;
import org.innovatorpassport.assurance.api.SubmissionStatus;
import org.innovatorpassport.assurance.internal.evidence.SubmissionDocuments;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.templates.api.Answer;
import org.innovatorpassport.templates.api.EvidenceRequirement;
import org.innovatorpassport.templates.api.Template;

/**
 * What a change does to decisions already made: only the criteria it touches are reopened for review,
 * so a resubmission, a renewal or a new product version is reviewed for what changed and nothing else.
 */
@ApplicationScoped
public class SubmissionChanges {

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    SubmissionViews views;

    @Inject
    Callers callers;

    @Inject
    Products products;

    @Inject
    SubmissionDocuments documents;

    /** A document of this type was replaced: every decided criterion that asks for the type needs deciding again. */
    public void evidenceReplaced(Submission submission, String evidenceType, Instant at) {
        Template template = views.template(submission);
        Map<String, Answer> answers = views.answers(submission.id);
        Map<String, DecisionEntry> decided = views.currentDecisions(submission.id);
        for (Map.Entry<String, List<EvidenceRequirement>> needs : template.evidenceNeeded(answers).entrySet()) {
            boolean asksForType = needs.getValue().stream().anyMatch(r -> r.evidenceType().equals(evidenceType));
            if (asksForType && decided.containsKey(needs.getKey())) {
                reopen(submission.id, needs.getKey(), "The supplier replaced the " + evidenceType + " evidence", at);
            }
        }
    }

    /** A renewal starts with the answers, evidence and decisions of the passport it renews. */
    public Submission renewal(Submission previous, UUID passportId, String carriedFrom, Instant at) {
        Submission next = draft(previous.productId, previous.supplierId, previous.templateId, previous.templateVersion, at);
        next.renewsPassportId = passportId;
        em.persist(next);
        carryOver(previous, next, new CarriedPassport(passportId, carriedFrom, previous.id), Map.of(), at);
        return next;
    }

    /**
     * The passport of an earlier version of this product, against the same template, whose answers and
     * decisions a new version's submission starts from: the latest one still standing (issued, expiring
     * or expired; a suspended or revoked passport vouches for nothing); empty for a product's first version.
     */
    public Optional<CarriedPassport> earlierPassport(ProductView product, String templateId) {
        List<UUID> earlier = products.versions(product.lineId()).stream()
                .filter(v -> !v.id().equals(product.id()) && v.createdAt().isBefore(product.createdAt()))
                .map(ProductView::id).toList();
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select p.id, p.code, p.submissionId from PassportRecord p where p.productId in :earlier "
                        + "and p.templateId = :template and p.status in :standing order by p.createdAt desc", Object[].class)
                .setParameter("earlier", earlier).setParameter("template", templateId)
                .setParameter("standing", List.of(PassportStatus.ISSUED, PassportStatus.EXPIRING, PassportStatus.EXPIRED))
                .setMaxResults(1).getResultStream()
                .map(row -> new CarriedPassport((UUID) row[0], (String) row[1], (UUID) row[2])).findFirst();
    }

    /**
     * A new product version's submission, against the template version in force: it starts with the
     * answers, evidence and decisions of the earlier version's passport; criteria that the template
     * added or changed since are marked for review, since the earlier decision does not vouch for them.
     */
    public Submission newVersion(CarriedPassport passport, ProductView product, Template current, Instant at) {
        Submission previous = em.find(Submission.class, passport.submissionId());
        Submission next = draft(product.id(), product.supplierId(), current.id(), current.version(), at);
        next.carriesPassportId = passport.id();
        em.persist(next);
        Map<String, String> changedInTemplate = current.changedSince(views.template(previous));
        carryOver(previous, next, passport, changedInTemplate, at);
        changedInTemplate.forEach((code, why) -> reopen(next.id, code, why, at));
        documents.copyLinks(previous.id, next.id, at);
        evidenceChangedSince(next, passport, at);
        return next;
    }

    /**
     * Documents the carried submission uses that its passport did not cover (the supplier replaced an
     * organisation document in its library since): the criteria asking for their types are reviewed again.
     */
    public void evidenceChangedSince(Submission next, CarriedPassport passport, Instant at) {
        List<UUID> covered = em.createQuery("select e.evidenceId from PassportEvidenceRecord e where e.passportId = :p", UUID.class)
                .setParameter("p", passport.id()).getResultList();
        documents.current(next.id).stream().filter(d -> !covered.contains(d.id)).map(d -> d.evidenceType).distinct()
                .forEach(type -> evidenceReplaced(next, type, at));
    }

    /**
     * Copies the answers the next submission's template still asks and the decisions it still
     * vouches for. A carried decision keeps where it was first made (assessor, time, passport), so a
     * decision carried through several versions still names the review that made it.
     */
    private void carryOver(Submission previous, Submission next, CarriedPassport passport, Map<String, String> changedInTemplate,
                           Instant at) {
        Template template = views.template(next);
        views.answers(previous.id).values().stream().filter(a -> template.criterion(a.criterionCode()).isPresent()).forEach(answer -> {
            AnswerRecord copy = new AnswerRecord();
            copy.submissionId = next.id;
            copy.criterionCode = answer.criterionCode();
            copy.value = answer.value();
            copy.notApplicable = answer.notApplicable();
            copy.justification = answer.justification();
            copy.changedAt = at;
            em.persist(copy);
        });
        views.currentDecisions(previous.id).values().stream()
                .filter(d -> template.criterion(d.criterionCode).isPresent() && !changedInTemplate.containsKey(d.criterionCode))
                .forEach(decision -> {
                    DecisionEntry copy = new DecisionEntry();
                    copy.id = UUID.randomUUID();
                    copy.submissionId = next.id;
                    copy.criterionCode = decision.criterionCode;
                    copy.decision = decision.decision;
                    copy.comment = decision.comment;
                    copy.decidedBy = decision.decidedBy;
                    copy.decidedAt = at;
                    boolean carriedBefore = decision.carriedFromPassportId != null;
                    copy.carriedFromPassportId = carriedBefore ? decision.carriedFromPassportId : passport.id();
                    copy.carriedFromCode = carriedBefore ? decision.carriedFromCode : passport.code();
                    copy.carriedDecidedAt = carriedBefore ? decision.carriedDecidedAt : decision.decidedAt;
                    em.persist(copy);
                });
    }

    /** Marks a criterion for review again: its latest entry says why, and it has no decision until an assessor makes one. */
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

    static Submission draft(UUID productId, UUID supplierId, String templateId, String templateVersion, Instant at) {
        Submission next = new Submission();
        next.id = UUID.randomUUID();
        next.productId = productId;
        next.supplierId = supplierId;
        next.templateId = templateId;
        next.templateVersion = templateVersion;
        next.status = SubmissionStatus.DRAFT;
        next.createdAt = at;
        next.updatedAt = at;
        return next;
    }

    /** The passport a submission carries over from: its id, verification code and the submission it was issued on. */
    public record CarriedPassport(UUID id, String code, UUID submissionId) {
    }
}
