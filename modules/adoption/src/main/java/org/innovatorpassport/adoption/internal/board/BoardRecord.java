package org.innovatorpassport.adoption.internal.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A regional innovation board; its member trusts and members are rows of their own. */
@Entity
@Table(name = "board")
class BoardRecord {
    @Id
    UUID id;
    String name;
    String region;
    @Column(name = "created_at")
    Instant createdAt;
    @Version
    long version;
}
