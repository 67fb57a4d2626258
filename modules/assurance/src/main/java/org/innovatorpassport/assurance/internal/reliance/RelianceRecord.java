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
class RelianceRecord {
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

    RelianceView view() {
        return new RelianceView(id, passportId, trustId, trustName, reliedBy, reliedAt);
    }
}
