package org.innovatorpassport.assurance.internal.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.innovatorpassport.assurance.api.ClarificationMessage;
import org.innovatorpassport.assurance.api.ClarificationMessage.Side;
import org.innovatorpassport.assurance.api.ClarificationNote;
import org.innovatorpassport.assurance.api.ClarificationThread;
import org.innovatorpassport.assurance.api.Clarifications;
import org.innovatorpassport.assurance.api.Conversation;
import org.innovatorpassport.assurance.api.Evidence;
import org.innovatorpassport.assurance.internal.submission.Submission;
import org.innovatorpassport.assurance.internal.submission.SubmissionAccess;
import org.innovatorpassport.assurance.internal.submission.SubmissionViews;
import org.innovatorpassport.platform.api.AuditLog;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.platform.api.Validity;
import org.innovatorpassport.templates.api.Template;

@ApplicationScoped
@Transactional
class JpaClarifications implements Clarifications {

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    SubmissionAccess access;

    @Inject
    SubmissionViews views;

    @Inject
    Evidence evidence;

    @Inject
    Callers callers;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Override
    public Conversation of(UUID submissionId) {
        return conversation(access.visible(submissionId), callers.required());
    }

    @Override
    public Conversation write(UUID submissionId, ClarificationNote note) {
        Validity.require(validator, note);
        Submission submission = access.visible(submissionId);
        Caller caller = callers.required();
        Conversation before = conversation(submission, caller);
        Side side = side(caller, submission);
        if (!InReview.open(submission.status)) {
            throw new Problem(409, "conversation-closed", "Conversation closed",
                    "This submission is " + submission.status.name().toLowerCase().replace('_', ' ')
                            + "; its clarifications are kept but no longer added to.");
        }
        String code = note.criterionCode().trim();
        Template template = views.template(submission);
        if (template.criterion(code).isEmpty()) {
            throw Problem.invalid("criterionCode", "There is no criterion " + code + " in " + template.title());
        }
        if (side == Side.ASSESSOR && template.applicable(views.answers(submissionId)).stream().noneMatch(c -> c.code().equals(code))) {
            throw Problem.invalid("criterionCode", code + " does not apply to this submission's answers");
        }
        if (side == Side.SUPPLIER && before.on(code).isEmpty()) {
            throw new Problem(409, "no-question", "Nothing asked",
                    "The assessor has asked nothing about " + code + "; you can answer once they do.");
        }
        if (note.evidenceId() != null && evidence.ofSubmission(submissionId).stream().noneMatch(e -> e.id().equals(note.evidenceId()))) {
            throw Problem.invalid("evidenceId", "Choose a document of this submission");
        }
        ClarificationEntry entry = new ClarificationEntry();
        entry.id = UUID.randomUUID();
        entry.submissionId = submissionId;
        entry.criterionCode = code;
        entry.side = side;
        entry.authorId = caller.userId();
        entry.authorName = caller.displayName();
        entry.organisationId = caller.organisationId();
        entry.body = note.text().trim();
        entry.evidenceId = note.evidenceId();
        entry.writtenAt = clock.instant();
        em.persist(entry);
        em.flush();
        audit.record(side == Side.ASSESSOR ? "clarification.asked" : "clarification.answered", "submission", submissionId, code);
        return conversation(submission, caller);
    }

    /** The supplier that owns the submission answers; an assessor asks; anyone else may not write. */
    private static Side side(Caller caller, Submission submission) {
        if (caller.hasRole(Roles.SUPPLIER) && caller.actsFor(submission.supplierId)) {
            return Side.SUPPLIER;
        }
        if (caller.hasRole(Roles.ASSESSOR)) {
            return Side.ASSESSOR;
        }
        throw Problem.forbidden("Only the assessor and the supplier take part in a clarification.");
    }

    private Conversation conversation(Submission submission, Caller caller) {
        List<ClarificationEntry> entries = em.createQuery("select c from ClarificationEntry c where c.submissionId = :s "
                + "order by c.writtenAt, c.id", ClarificationEntry.class).setParameter("s", submission.id).getResultList();
        Map<UUID, String> fileNames = fileNames(entries.stream().map(e -> e.evidenceId).filter(id -> id != null)
                .collect(Collectors.toSet()));
        Map<String, List<ClarificationMessage>> threads = new LinkedHashMap<>();
        for (ClarificationEntry e : entries) {
            threads.computeIfAbsent(e.criterionCode, code -> new ArrayList<>()).add(new ClarificationMessage(e.id, e.side,
                    e.authorName, e.body, e.evidenceId, e.evidenceId == null ? null : fileNames.get(e.evidenceId), e.writtenAt));
        }
        boolean open = InReview.open(submission.status);
        return new Conversation(submission.id, threads.entrySet().stream()
                .map(t -> new ClarificationThread(t.getKey(), List.copyOf(t.getValue()))).toList(),
                open && caller.hasRole(Roles.ASSESSOR),
                open && caller.hasRole(Roles.SUPPLIER) && caller.actsFor(submission.supplierId));
    }

    /** Names of the documents messages point at, superseded ones included: a message keeps what it pointed at. */
    @SuppressWarnings("unchecked")
    private Map<UUID, String> fileNames(Set<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            List<Object[]> rows = em.createNativeQuery("select id, file_name from assurance.evidence_document where id in (:ids)")
                    .setParameter("ids", ids).getResultList();
            rows.forEach(row -> names.put((UUID) row[0], (String) row[1]));
        }
        return names;
    }
}
