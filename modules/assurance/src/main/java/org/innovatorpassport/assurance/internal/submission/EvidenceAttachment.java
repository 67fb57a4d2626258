package org.innovatorpassport.assurance.internal.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import org.innovatorpassport.assurance.api.SubmissionStatus;
import org.innovatorpassport.assurance.internal.evidence.SubmissionsHoldingEvidence;
import org.innovatorpassport.platform.api.Problem;

/** What attaching evidence means for a submission, answered for the evidence package. */
@ApplicationScoped
class EvidenceAttachment implements SubmissionsHoldingEvidence {

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    SubmissionAccess access;

    @Inject
    SubmissionChanges changes;

    @Override
    public void visible(UUID submissionId) {
        access.visible(submissionId);
    }

    @Override
    public UUID editableBySupplier(UUID submissionId) {
        return access.editableBySupplier(submissionId).supplierId;
    }

    @Override
    public void documentAttached(UUID submissionId, String evidenceType, Instant at) {
        // The writer checked in this transaction that the caller may change it; this is the same managed row.
        Submission submission = em.find(Submission.class, submissionId);
        // New or replaced, a document the assessor has not seen reopens the criteria that ask for its type.
        if (submission.status == SubmissionStatus.RETURNED || submission.carriesDecisions()) {
            changes.evidenceReplaced(submission, evidenceType, at);
        }
        touch(submissionId, at);
    }

    /**
     * Attaching a document adds rows beside the submission and changes none of its answers, so it
     * must not move the submission's revision: eight files sent at once would otherwise refuse all
     * but one as a conflict. The time is moved on without the version, and only while the supplier
     * may still change the submission: a submit that committed first makes this touch no row, and
     * the document is refused as locked rather than slipped in under review. The row lock is taken
     * last, held only to commit, so parallel uploads queue for milliseconds rather than fail.
     */
    private void touch(UUID submissionId, Instant at) {
        int touched = em.createNativeQuery("update assurance.submission set updated_at = greatest(updated_at, ?1) "
                        + "where id = ?2 and status in ('DRAFT', 'RETURNED')")
                .setParameter(1, at).setParameter(2, submissionId).executeUpdate();
        if (touched == 0) {
            throw new Problem(409, "submission-locked", "Submission under review",
                    "This submission was submitted while the document was uploading; it can be changed only while "
                            + "it is a draft or has been returned to you.");
        }
    }
}
