package org.innovatorpassport.adoption.internal.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The DCB0160 record of one pipeline: its Clinical Safety Officer, safety case summary and sign-off. */
@Entity
@Table(name = "safety_record")
class SafetyRecordEntity {
    @Id
    @Column(name = "adoption_id")
    UUID adoptionId;
    @Column(name = "cso_name")
    String officerName;
    @Column(name = "cso_body")
    String professionalBody;
    @Column(name = "cso_registration")
    String registrationNumber;
    @Column(name = "safety_case_summary")
    String safetyCaseSummary;
    @Column(name = "signed_off_by")
    String signedOffBy;
    @Column(name = "signed_off_at")
    Instant signedOffAt;
    @Version
    long version;
}
