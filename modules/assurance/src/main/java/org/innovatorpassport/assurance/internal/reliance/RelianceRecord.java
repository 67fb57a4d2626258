package org.innovatorpassport.assurance.internal.reliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.innovatorpassport.assurance.api.RelianceView;

/** A trust relies on a passport: one DTAC assessment it did not repeat. */
@Entity
@Table(name = "reliance")
public class RelianceRecord {
    @Id
    UUID id;
    @Column(name = "passport_id")
    UUID passportId;
    @Column(name = "trust_id")
    UUID trustId;
    @Column(name = "trust_name")
    String trustName;
    @Column(name = "relied_by")
    String reliedBy;
    @Column(name = "relied_at")
    Instant reliedAt;

    /** A reliance recorded without a signed-in trust user, for loading demo data. */
    public static RelianceRecord of(UUID passportId, UUID trustId, String trustName, String reliedBy, Instant at) {
        RelianceRecord reliance = new RelianceRecord();
        reliance.id = UUID.randomUUID();
        reliance.passportId = passportId;
        reliance.trustId = trustId;
        reliance.trustName = trustName;
        reliance.reliedBy = reliedBy;
        reliance.reliedAt = at;
        return reliance;
    }

    RelianceView view() {
        return new RelianceView(id, passportId, trustId, trustName, reliedBy, reliedAt);
    }
}
