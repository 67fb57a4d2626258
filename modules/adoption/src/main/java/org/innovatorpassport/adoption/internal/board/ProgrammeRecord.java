package org.innovatorpassport.adoption.internal.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.innovatorpassport.adoption.api.ProgrammeStatus;

/** A board's scale-up programme. */
@Entity
@Table(name = "programme")
class ProgrammeRecord {
    @Id
    UUID id;
    @Column(name = "board_id")
    UUID boardId;
    String title;
    String problem;
    @Column(name = "target_outcome")
    String targetOutcome;
    @Column(name = "budget_pence")
    long budgetPence;
    @Column(name = "starts_on")
    LocalDate startsOn;
    @Column(name = "ends_on")
    LocalDate endsOn;
    @Enumerated(EnumType.STRING)
    ProgrammeStatus status;
    @Column(name = "created_at")
    Instant createdAt;
    @Version
    long version;
}
