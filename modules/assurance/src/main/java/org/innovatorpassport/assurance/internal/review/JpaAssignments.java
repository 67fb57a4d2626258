package org.innovatorpassport.assurance.internal.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.innovatorpassport.assurance.api.Assignment;
import org.innovatorpassport.assurance.api.Assignments;
import org.innovatorpassport.assurance.internal.submission.ReviewTurns;
import org.innovatorpassport.assurance.internal.submission.Submission;
import org.innovatorpassport.assurance.internal.submission.SubmissionAccess;
import org.innovatorpassport.platform.api.AuditLog;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Directory;
import org.innovatorpassport.platform.api.Directory.UserView;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;

@ApplicationScoped
@Transactional
class JpaAssignments implements Assignments {

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    SubmissionAccess access;

    @Inject
    Directory directory;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Override
    public Assignment of(UUID submissionId) {
        Submission submission = access.visible(submissionId);
        return view(submission, em.find(AssignmentRecord.class, submissionId), callers.required());
    }

    @Override
    public Assignment assign(UUID submissionId, UUID assessorId) {
        Caller caller = callers.required();
        Submission submission = access.visible(submissionId);
        if (!caller.hasRole(Roles.ASSESSOR)) {
            throw Problem.forbidden("Only an assessor can assign a submission.");
        }
        if (!InReview.open(submission.status)) {
            throw new Problem(409, "not-assignable", "Cannot be assigned",
                    "This submission is " + submission.status.name().toLowerCase().replace('_', ' ')
                            + "; only a submission under review or returned for clarification can be assigned.");
        }
        UserView assessor = colleague(caller, assessorId);
        ReviewTurns.take(em, submissionId, caller.organisationId());
        AssignmentRecord record = em.find(AssignmentRecord.class, submissionId, LockModeType.PESSIMISTIC_WRITE);
        if (!record.assuranceBodyId.equals(caller.organisationId())) {
            throw new Problem(409, "assigned-elsewhere", "Reviewed by another body",
                    "Another assurance body reviews this submission; only its assessors can assign it.");
        }
        if (!assessor.id().equals(record.assessorId)) {
            record.assessorId = assessor.id();
            record.assessorName = assessor.displayName();
            record.assignedBy = caller.displayName();
            record.assignedAt = clock.instant();
            em.flush();
            audit.record("submission.assigned", "submission", submissionId, "assigned to " + assessor.displayName());
        }
        return view(submission, record, caller);
    }

    @Override
    public List<Colleague> colleagues() {
        Caller caller = callers.required();
        if (!caller.hasRole(Roles.ASSESSOR)) {
            return List.of();
        }
        return directory.users(caller.organisationId()).stream().filter(JpaAssignments::activeAssessor)
                .map(u -> new Colleague(u.id(), u.displayName())).sorted(Comparator.comparing(Colleague::name)).toList();
    }

    /** An active assessor of the caller's own body; anyone else (another body's assessor included) is refused. */
    private UserView colleague(Caller caller, UUID assessorId) {
        if (assessorId == null) {
            throw Problem.invalid("assessorId", "Choose the assessor to assign it to");
        }
        return directory.user(assessorId).filter(JpaAssignments::activeAssessor)
                .filter(u -> u.organisationId().equals(caller.organisationId()))
                .orElseThrow(() -> Problem.invalid("assessorId", "Choose yourself or an assessor of " + caller.organisationName()));
    }

    private static boolean activeAssessor(UserView user) {
        return user.active() && user.roles().contains(Roles.ASSESSOR);
    }

    private static Assignment view(Submission submission, AssignmentRecord record, Caller caller) {
        boolean mayAssign = caller.hasRole(Roles.ASSESSOR) && InReview.open(submission.status)
                && (record == null || Objects.equals(record.assuranceBodyId, caller.organisationId()));
        if (record == null) {
            return new Assignment(submission.id, null, null, null, null, null, mayAssign);
        }
        return new Assignment(submission.id, record.assuranceBodyId, record.assessorId, record.assessorName, record.assignedBy,
                record.assignedAt, mayAssign);
    }
}
