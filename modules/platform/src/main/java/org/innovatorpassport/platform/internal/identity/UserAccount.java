package org.innovatorpassport.platform.internal.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.innovatorpassport.platform.api.Directory.UserView;

/** A person who signs in; the password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "user_account")
class UserAccount {
    @Id
    UUID id;
    @Column(name = "organisation_id")
    UUID organisationId;
    String email;
    @Column(name = "display_name")
    String displayName;
    @Column(name = "password_hash")
    String passwordHash;
    /** Comma-separated role names; a user holds a handful at most. */
    String roles;
    boolean active;
    @Column(name = "created_at")
    Instant createdAt;
    @Version
    long version;

    Set<String> roleSet() {
        return new TreeSet<>(Arrays.asList(roles.split(",")));
    }

    UserView view() {
        return new UserView(id, organisationId, email, displayName, roleSet(), active);
    }
}
