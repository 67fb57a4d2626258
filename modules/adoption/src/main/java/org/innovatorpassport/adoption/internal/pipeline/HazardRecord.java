package org.innovatorpassport.adoption.internal.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.innovatorpassport.adoption.api.HazardEntry;
import org.innovatorpassport.adoption.api.HazardStatus;
import org.innovatorpassport.adoption.api.HazardView;
import org.innovatorpassport.adoption.api.RiskMatrix;

/** An entry of a trust's local hazard log. */
@Entity
@Table(name = "hazard")
class HazardRecord {
    @Id
    UUID id;
    @Column(name = "adoption_id")
    UUID adoptionId;
    String hazard;
    String cause;
    String effect;
    @Column(name = "existing_controls")
    String existingControls;
    @Column(name = "added_controls")
    String addedControls;
    int severity;
    int likelihood;
    String owner;
    @Enumerated(EnumType.STRING)
    HazardStatus status;
    String justification;
    @Column(name = "recorded_at")
    Instant recordedAt;

    static HazardRecord of(UUID adoptionId, HazardEntry entry, Instant at) {
        HazardRecord record = new HazardRecord();
        record.id = UUID.randomUUID();
        record.adoptionId = adoptionId;
        record.recordedAt = at;
        record.revise(entry);
        return record;
    }

    void revise(HazardEntry entry) {
        hazard = entry.hazard().strip();
        cause = entry.cause().strip();
        effect = entry.effect().strip();
        existingControls = entry.existingControls().strip();
        addedControls = entry.addedControls().strip();
        severity = entry.severity();
        likelihood = entry.likelihood();
        owner = entry.owner().strip();
        status = entry.status();
        justification = entry.justification() == null || entry.justification().isBlank() ? null : entry.justification().strip();
    }

    HazardView view() {
        return new HazardView(id, hazard, cause, effect, existingControls, addedControls, severity, likelihood,
                RiskMatrix.rating(severity, likelihood), owner, status, justification, recordedAt);
    }
}
