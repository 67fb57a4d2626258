package org.innovatorpassport.adoption.internal.flag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.innovatorpassport.adoption.api.NotificationView;

/** A notice to a trust (its organisation id) or a board (the board id) about one adoption. */
@Entity
@Table(name = "notification")
class NotificationRecord {
    @Id
    UUID id;
    @Column(name = "recipient_id")
    UUID recipientId;
    @Column(name = "adoption_id")
    UUID adoptionId;
    @Column(name = "passport_id")
    UUID passportId;
    String kind;
    String message;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "read_at")
    Instant readAt;

    NotificationView view() {
        return new NotificationView(id, adoptionId, passportId, kind, message, createdAt, readAt);
    }
}
