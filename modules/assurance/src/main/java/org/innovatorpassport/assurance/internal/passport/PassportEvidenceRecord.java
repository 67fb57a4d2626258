package org.innovatorpassport.assurance.internal.passport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.innovatorpassport.assurance.api.PassportEvidence;

/** An evidence item as the passport covers it, copied at issue so the passport never changes under a trust. */
@Entity
@Table(name = "passport_evidence")
@IdClass(PassportEvidenceRecord.Key.class)
public class PassportEvidenceRecord {
    @Id
    @Column(name = "passport_id")
    public UUID passportId;
    @Id
    @Column(name = "evidence_id")
    public UUID evidenceId;
    @Column(name = "evidence_type")
    public String evidenceType;
    public String reference;
    public String issuer;
    @Column(name = "issued_on")
    public LocalDate issuedOn;
    @Column(name = "expires_on")
    public LocalDate expiresOn;
    public String sha256;
    @Column(name = "signed_off_by")
    public String signedOffBy;

    public PassportEvidence view() {
        return new PassportEvidence(evidenceId, evidenceType, reference, issuer, issuedOn, expiresOn, sha256, signedOffBy);
    }

    /** The composite key JPA needs. */
    public static class Key implements Serializable {
        public UUID passportId;
        public UUID evidenceId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(passportId, k.passportId) && Objects.equals(evidenceId, k.evidenceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(passportId, evidenceId);
        }
    }
}
