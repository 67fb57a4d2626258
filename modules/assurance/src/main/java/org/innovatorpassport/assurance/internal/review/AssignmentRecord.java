package org.innovatorpassport.assurance.internal.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The assurance body that took a submission, and its assessor once assigned. */
@Entity
@Table(name = "submission_assignment")
class AssignmentRecord {
    @Id
    @Column(name = "submission_id")
    UUID submissionId;
    @Column(name = "assurance_body_id")
    UUID assuranceBodyId;
    @Column(name = "assessor_id")
    UUID assessorId;
    @Column(name = "assessor_name")
    String assessorName;
    @Column(name = "assigned_by")
    String assignedBy;
    @Column(name = "assigned_at")
    Instant assignedAt;
    @Version
    long version;
}
