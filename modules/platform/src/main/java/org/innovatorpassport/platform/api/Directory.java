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

    record NewOrganisation(UUID id, OrganisationKind kind, String name, String odsCode) {
    }

    record NewUser(UUID id, UUID organisationId, String email, String displayName, String password,
                   java.util.Set<String> extraRoles) {
    }

    record OrganisationView(UUID id, OrganisationKind kind, String name, String odsCode) {
    }

    record UserView(UUID id, UUID organisationId, String email, String displayName, java.util.Set<String> roles) {
    }
}
