package org.innovatorpassport.web.security;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Deny by default: an endpoint is open to everyone only when it says {@code @PermitAll}; otherwise
 * the caller must be signed in and hold one of its {@code @RolesAllowed}, and an endpoint that
 * states neither admits nobody.
 */
@Provider
public class AccessPolicy implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        DeclaredAccess.roles(resource.getResourceClass(), resource.getResourceMethod())
                .ifPresent(roles -> context.register(new RoleCheck(roles)));
    }
}
