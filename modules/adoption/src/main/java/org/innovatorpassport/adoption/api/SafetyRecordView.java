package org.innovatorpassport.adoption.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.innovatorpassport.assurance.api.PassportEvidence;

/**
 * A trust's DCB0160 record for one pipeline. {@code supplierEvidence} is the supplier's DCB0129
 * evidence as the passport covers it, shown read-only: the trust builds on it and never redoes it.
 * {@code signOffBlockedBecause} lists what stops sign-off now (empty when it may be signed off);
 * {@code editable} says whether the caller may change it.
 */
public record SafetyRecordView(UUID adoptionId, String productName, String productVersion, String trustName,
                               String officerName, String professionalBody, String registrationNumber, String safetyCaseSummary,
                               List<HazardView> hazards, String signedOffBy, Instant signedOffAt,
                               List<PassportEvidence> supplierEvidence, String passportCode, List<String> signOffBlockedBecause,
                               boolean editable) {

    public boolean signedOff() {
        return signedOffAt != null;
    }

    public boolean mayBeSignedOff() {
        return editable && !signedOff() && signOffBlockedBecause.isEmpty();
    }
}
