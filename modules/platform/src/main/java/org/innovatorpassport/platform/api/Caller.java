package org.innovatorpassport.platform.api;

import java.util.Set;
import java.util.UUID;

/** The signed-in user making the current request, with the organisation they act for. */
public record Caller(UUID userId, String email, String displayName, UUID organisationId, String organisationName,
                     OrganisationKind organisationKind, Set<String> roles) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean actsFor(UUID organisation) {
        return organisationId.equals(organisation);
    }
}
