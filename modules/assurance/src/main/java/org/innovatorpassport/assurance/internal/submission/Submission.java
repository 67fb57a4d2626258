package org.innovatorpassport.assurance.internal.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.innovatorpassport.assurance.api.SubmissionAction;
import org.innovatorpassport.assurance.api.SubmissionStatus;

/** A supplier's answers to one template version for one product version. */
@Entity
@Table(name = "submission")
public class Submission {
    @Id
    public UUID id;
    @Column(name = "product_id")
    public UUID productId;
    @Column(name = "supplier_id")
    public UUID supplierId;
    @Column(name = "template_id")
    public String templateId;
    @Column(name = "template_version")
    public String templateVersion;
    @Enumerated(EnumType.STRING)
    public SubmissionStatus status;
    @Column(name = "renews_passport_id")
    public UUID renewsPassportId;
    /** For a new product version: the passport of an earlier version whose answers and decisions it carries. */
    @Column(name = "carries_passport_id")
    public UUID carriesPassportId;
    @Column(name = "passport_id")
    public UUID passportId;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    /** A renewal or a new version: it started from a passport's decisions, so only what changes is reviewed. */
    public boolean carriesDecisions() {
        return renewsPassportId != null || carriesPassportId != null;
    }

    public boolean editableBySupplier() {
        return status.allows(SubmissionAction.EDIT);
    }
}
