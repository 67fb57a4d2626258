package org.innovatorpassport.assurance.internal.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import org.innovatorpassport.assurance.api.SubmissionStatus;
import org.innovatorpassport.assurance.internal.evidence.SubmissionsHoldingEvidence;

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
        if (submission.status == SubmissionStatus.RETURNED || submission.renewsPassportId != null) {
            changes.evidenceReplaced(submission, evidenceType, at);
        }
        submission.updatedAt = at;
    }
}
