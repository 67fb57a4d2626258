package org.innovatorpassport.assurance.internal.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** An assessor's sign-off of an organisation document, reused by later passports while it is current. */
@Entity
@Table(name = "evidence_sign_off")
public class SignOff {
    @Id
    @Column(name = "evidence_id")
    public UUID evidenceId;
    @Column(name = "signed_off_by")
    public String signedOffBy;
    @Column(name = "signed_off_on")
    public LocalDate signedOffOn;
    @Column(name = "submission_id")
    public UUID submissionId;
    @Column(name = "submission_label")
    public String submissionLabel;

    /** As the supplier, assessor and trusts read it. */
    public String describe() {
        return "signed off on " + signedOffOn + " by " + signedOffBy + " for " + submissionLabel;
    }
}
