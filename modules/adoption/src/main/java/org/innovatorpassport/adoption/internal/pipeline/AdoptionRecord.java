package org.innovatorpassport.adoption.internal.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.innovatorpassport.adoption.api.AdoptionStage;
import org.innovatorpassport.adoption.api.AdoptionView;
import org.innovatorpassport.adoption.api.NextStage;
import org.innovatorpassport.adoption.api.StageMoveView;

/** One trust's pipeline for one product version; names are copied in so lists need no other module. */
@Entity
@Table(name = "adoption")
class AdoptionRecord {
    @Id
    UUID id;
    @Column(name = "trust_id")
    UUID trustId;
    @Column(name = "trust_ods")
    String trustOds;
    @Column(name = "trust_name")
    String trustName;
    @Column(name = "product_id")
    UUID productId;
    @Column(name = "product_name")
    String productName;
    @Column(name = "product_version")
    String productVersion;
    @Column(name = "supplier_id")
    UUID supplierId;
    @Column(name = "passport_id")
    UUID passportId;
    @Enumerated(EnumType.STRING)
    AdoptionStage stage;
    @Column(name = "stop_reason")
    String stopReason;
    @Column(name = "flag_reason")
    String flagReason;
    @Column(name = "flagged_at")
    Instant flaggedAt;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Version
    long version;

    AdoptionView view(List<StageMoveView> moves, List<NextStage> next) {
        return new AdoptionView(id, trustId, trustOds, trustName, productId, productName, productVersion, supplierId, passportId,
                stage, stopReason, flagReason, flaggedAt, updatedAt, version, moves, next);
    }
}
