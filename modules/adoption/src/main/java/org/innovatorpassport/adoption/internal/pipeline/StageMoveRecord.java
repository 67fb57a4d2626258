package org.innovatorpassport.adoption.internal.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.innovatorpassport.adoption.api.AdoptionStage;
import org.innovatorpassport.adoption.api.StageMoveView;

/** A move of a pipeline, kept for good: the history a board reads time in stage from. */
@Entity
@Table(name = "stage_move")
class StageMoveRecord {
    @Id
    UUID id;
    @Column(name = "adoption_id")
    UUID adoptionId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    AdoptionStage fromStage;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage")
    AdoptionStage toStage;
    String reason;
    @Column(name = "moved_by")
    String movedBy;
    @Column(name = "moved_at")
    Instant movedAt;

    static StageMoveRecord of(UUID adoptionId, AdoptionStage from, AdoptionStage to, String reason, String by, Instant at) {
        StageMoveRecord move = new StageMoveRecord();
        move.id = UUID.randomUUID();
        move.adoptionId = adoptionId;
        move.fromStage = from;
        move.toStage = to;
        move.reason = reason;
        move.movedBy = by;
        move.movedAt = at;
        return move;
    }

    StageMoveView view() {
        return new StageMoveView(fromStage, toStage, reason, movedBy, movedAt);
    }
}
