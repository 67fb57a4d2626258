package org.innovatorpassport.onboarding.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.innovatorpassport.onboarding.api.Invitation;

/** An invitation; the token itself is never stored, only its SHA-256. */
@Entity
@Table(name = "invitation")
class InvitationRecord {
    @Id
    UUID id;
    @Column(name = "organisation_id")
    UUID organisationId;
    String email;
    @Column(name = "token_hash")
    String tokenHash;
    @Column(name = "invited_by")
    UUID invitedBy;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "expires_at")
    Instant expiresAt;
    @Column(name = "accepted_at")
    Instant acceptedAt;
    @Version
    long version;

    Invitation view(String token) {
        return new Invitation(id, organisationId, email, expiresAt, acceptedAt, token);
    }
}
