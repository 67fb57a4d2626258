package org.innovatorpassport.assurance.internal.passport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.innovatorpassport.assurance.api.PassportStatus;

/**
 * An issued passport. Everything but its status is fixed at issue and covered by its signature (see
 * {@link PassportContent}); the retired keyed digest of older passports is no longer mapped: only
 * {@link PassportResigning} reads it, once, to vouch for them before signing.
 */
@Entity
@Table(name = "passport")
public class PassportRecord {
    @Id
    public UUID id;
    public String code;
    @Column(name = "product_id")
    public UUID productId;
    @Column(name = "product_name")
    public String productName;
    @Column(name = "product_version")
    public String productVersion;
    @Column(name = "supplier_id")
    public UUID supplierId;
    @Column(name = "supplier_name")
    public String supplierName;
    @Column(name = "submission_id")
    public UUID submissionId;
    @Column(name = "template_id")
    public String templateId;
    @Column(name = "template_version")
    public String templateVersion;
    @Column(name = "assurance_body")
    public String assuranceBody;
    @Column(name = "assessor_name")
    public String assessorName;
    @Column(name = "issued_on")
    public LocalDate issuedOn;
    @Column(name = "expires_on")
    public LocalDate expiresOn;
    @Enumerated(EnumType.STRING)
    public PassportStatus status;
    @Column(name = "status_reason")
    public String statusReason;
    /** One condition or caveat per line. */
    public String conditions;
    /** Ids of the passports this one replaced at issue, one per line. */
    public String supersedes;
    /** The signed passport (compact JWS); null only for a passport issued before signing whose old digest did not vouch for it. */
    public String jws;
    @Column(name = "superseded_by")
    public UUID supersededBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    public List<String> conditionList() {
        return conditions.isEmpty() ? List.of() : Arrays.asList(conditions.split("\n"));
    }

    public List<UUID> supersedesList() {
        return supersedes == null || supersedes.isEmpty() ? List.of()
                : Arrays.stream(supersedes.split("\n")).map(UUID::fromString).toList();
    }
}
