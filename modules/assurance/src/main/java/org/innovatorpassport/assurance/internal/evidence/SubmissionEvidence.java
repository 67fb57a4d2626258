package org.innovatorpassport.assurance.internal.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The current version of a document in a submission; a replacement moves the link to the new version. */
@Entity
@Table(name = "submission_evidence")
@IdClass(SubmissionEvidence.Key.class)
public class SubmissionEvidence {
    @Id
    @Column(name = "submission_id")
    public UUID submissionId;
    @Id
    @Column(name = "evidence_id")
    public UUID evidenceId;
    @Column(name = "linked_at")
    public Instant linkedAt;

    public static SubmissionEvidence link(UUID submissionId, UUID evidenceId, Instant at) {
        SubmissionEvidence link = new SubmissionEvidence();
        link.submissionId = submissionId;
        link.evidenceId = evidenceId;
        link.linkedAt = at;
        return link;
    }

    /** The composite key JPA needs. */
    public static class Key implements Serializable {
        public UUID submissionId;
        public UUID evidenceId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(submissionId, k.submissionId) && Objects.equals(evidenceId, k.evidenceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(submissionId, evidenceId);
        }
    }
}
