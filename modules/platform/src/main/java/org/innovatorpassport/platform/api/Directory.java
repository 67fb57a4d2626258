package org.innovatorpassport.platform.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Organisations and their users: the identity half of the platform. */
public interface Directory {

    OrganisationView createOrganisation(NewOrganisation organisation);

    UserView createUser(NewUser user);

    Optional<OrganisationView> organisation(UUID id);

    Optional<UserView> userByEmail(String email);

    List<OrganisationView> organisations(OrganisationKind kind);

    List<UserView> users(UUID organisationId);

    Optional<UserView> user(UUID id);

    /** Deactivates or reactivates a user; either way every session of theirs ends. */
    UserView setActive(UUID userId, boolean active);

    /** Replaces a user's roles (the organisation's base role is always kept); their sessions end. */
    UserView setRoles(UUID userId, java.util.Set<String> roles);

    /** Sets a new password after checking the current one; every session of the user ends. */
    void changePassword(UUID userId, String currentPassword, String newPassword);

    /** Failed sign-ins for this user's account, newest first. */
    List<SignInFailure> recentSignInFailures(UUID userId, int limit);

    record NewOrganisation(UUID id, OrganisationKind kind, String name, String odsCode) {
    }

    record NewUser(UUID id, UUID organisationId, String email, String displayName, String password,
                   java.util.Set<String> extraRoles) {
    }

    record OrganisationView(UUID id, OrganisationKind kind, String name, String odsCode) {
    }

    record UserView(UUID id, UUID organisationId, String email, String displayName, java.util.Set<String> roles,
                    boolean active) {
    }

    /** One failed sign-in: when, and from which client address. */
    record SignInFailure(java.time.Instant at, String address) {
    }
}
