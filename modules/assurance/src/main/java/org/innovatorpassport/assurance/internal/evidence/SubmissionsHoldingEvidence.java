package org.innovatorpassport.assurance.internal.evidence;

import java.time.Instant;
import java.util.UUID;

/**
 * The submissions documents are attached to, as evidence needs them. A submission has evidence
 * documents, not the other way round, so evidence owns this port and the submission package answers
 * it: who may see or add to a submission, and what a new document does to it, stay submission rules.
 */
public interface SubmissionsHoldingEvidence {

    /** Answers "not found" unless the caller may see the submission. */
    void visible(UUID submissionId);

    /** The supplier whose submission it is, when the caller may add documents to it now; a problem otherwise. */
    UUID editableBySupplier(UUID submissionId);

    /** A document, new or a new version, was attached to the submission in this transaction. */
    void documentAttached(UUID submissionId, String evidenceType, Instant at);
}
