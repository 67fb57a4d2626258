package org.innovatorpassport.assurance.internal.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.innovatorpassport.assurance.api.SubmissionAction;
import org.innovatorpassport.assurance.api.SubmissionStatus;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;

/**
 * Who may see and change a submission. A supplier sees only its own; an assessor sees a submission
 * once it has been submitted, never a draft. Anything else is answered as "not found", so the
 * existence of another supplier's work is not revealed.
 */
@ApplicationScoped
public class SubmissionAccess {

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    Callers callers;

    public Submission visible(UUID id) {
        Submission submission = em.find(Submission.class, id);
        if (submission == null || !canSee(callers.required(), submission)) {
            throw Problem.notFound("Submission " + id);
        }
        return submission;
    }

    public Submission ownedBySupplier(UUID id) {
        Submission submission = visible(id);
        if (!callers.required().actsFor(submission.supplierId)) {
            throw Problem.notFound("Submission " + id);
        }
        return submission;
    }

    public Submission editableBySupplier(UUID id) {
        Submission submission = ownedBySupplier(id);
        if (!submission.editableBySupplier()) {
            throw new Problem(409, "submission-locked", "Submission under review",
                    "This submission is " + submission.status.name().toLowerCase().replace('_', ' ')
                            + "; it can be changed only while it is a draft or has been returned to you.");
        }
        return submission;
    }

    public Submission underReview(UUID id) {
        Submission submission = visible(id);
        if (!callers.required().hasRole(Roles.ASSESSOR)) {
            throw Problem.forbidden("Only an assessor can review a submission.");
        }
        if (!submission.status.allows(SubmissionAction.DECIDE)) {
            throw new Problem(409, "not-under-review", "Not waiting for review",
                    "This submission is " + submission.status.name().toLowerCase().replace('_', ' ') + ", not waiting for review.");
        }
        return submission;
    }

    /** Locks the row so two assessors issuing at once cannot both issue. */
    public Submission lockForIssue(UUID id) {
        Submission submission = underReview(id);
        em.lock(submission, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(submission);
        return submission;
    }

    static boolean canSee(Caller caller, Submission submission) {
        if (caller.hasRole(Roles.SUPPLIER)) {
            return caller.actsFor(submission.supplierId);
        }
        return caller.hasRole(Roles.ASSESSOR) && submission.status != SubmissionStatus.DRAFT;
    }
}
