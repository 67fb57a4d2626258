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
import java.util.Arrays;
import java.util.UUID;
import org.innovatorpassport.adoption.api.BoardOutcome;
import org.innovatorpassport.adoption.api.DecisionView;

/** A board decision; only {@code supersededBy} is ever set after it is written. */
@Entity
@Table(name = "board_decision")
class DecisionRecord {
    @Id
    UUID id;
    @Column(name = "programme_id")
    UUID programmeId;
    @Column(name = "product_id")
    UUID productId;
    @Enumerated(EnumType.STRING)
    BoardOutcome outcome;
    String rationale;
    @Column(name = "decided_on")
    LocalDate decidedOn;
    /** One voter a line: names may hold commas. */
    String voters;
    @Column(name = "recorded_by")
    String recordedBy;
    @Column(name = "recorded_at")
    Instant recordedAt;
    @Column(name = "superseded_by")
    UUID supersededBy;
    @Version
    long version;

    DecisionView view() {
        return new DecisionView(id, productId, outcome, rationale, decidedOn, Arrays.asList(voters.split("\n")), recordedBy,
                recordedAt, supersededBy);
    }
}
