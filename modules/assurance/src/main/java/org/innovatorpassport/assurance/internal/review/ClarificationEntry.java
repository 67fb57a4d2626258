package org.innovatorpassport.assurance.internal.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.innovatorpassport.assurance.api.ClarificationMessage.Side;

/** One message of a clarification thread; written once, never changed. */
@Entity
@Table(name = "clarification_message")
class ClarificationEntry {
    @Id
    UUID id;
    @Column(name = "submission_id")
    UUID submissionId;
    @Column(name = "criterion_code")
    String criterionCode;
    @Enumerated(EnumType.STRING)
    Side side;
    @Column(name = "author_id")
    UUID authorId;
    @Column(name = "author_name")
    String authorName;
    @Column(name = "organisation_id")
    UUID organisationId;
    String body;
    @Column(name = "evidence_id")
    UUID evidenceId;
    @Column(name = "written_at")
    Instant writtenAt;
}
