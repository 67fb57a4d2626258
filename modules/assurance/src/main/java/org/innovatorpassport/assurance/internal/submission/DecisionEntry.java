package org.innovatorpassport.assurance.internal.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.innovatorpassport.assurance.api.DecisionRecord;

/** One entry of a criterion's history; the latest entry is its current state. */
@Entity
@Table(name = "criterion_decision")
public class DecisionEntry {
    /** Written when the supplier changes what a decision was about; the criterion needs deciding again. */
    public static final String REOPENED = "REOPENED";

    @Id
    public UUID id;
    @Column(name = "submission_id")
    public UUID submissionId;
    @Column(name = "criterion_code")
    public String criterionCode;
    public String decision;
    public String comment;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    /** Set on a decision carried over from a passport: the passport it was made for, and when. */
    @Column(name = "carried_from_passport_id")
    public UUID carriedFromPassportId;
    @Column(name = "carried_from_code")
    public String carriedFromCode;
    @Column(name = "carried_decided_at")
    public Instant carriedDecidedAt;

    public DecisionRecord record() {
        return new DecisionRecord(criterionCode, decision, comment, decidedBy, decidedAt);
    }
}
