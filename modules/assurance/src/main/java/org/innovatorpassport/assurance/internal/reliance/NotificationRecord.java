package org.innovatorpassport.assurance.internal.reliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.innovatorpassport.assurance.api.NotificationView;

/** An in-app message to an organisation about a passport. */
@Entity
@Table(name = "notification")
class NotificationRecord {
    @Id
    UUID id;
    @Column(name = "organisation_id")
    UUID organisationId;
    @Column(name = "passport_id")
    UUID passportId;
    String kind;
    String message;
    @Column(name = "created_at")
    Instant createdAt;

    NotificationView view() {
        return new NotificationView(id, passportId, kind, message, createdAt);
    }
}
