package org.innovatorpassport.web.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.innovatorpassport.platform.api.Problem;

/**
 * Wrong Basic credentials are refused on every endpoint, public ones included: a client that sent a
 * password expects it to count, and must not be served silently as anonymous.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class RefusedCredentials implements ContainerRequestFilter {
    static final String ATTRIBUTE = "org.innovatorpassport.refused-credentials";

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        Object refused = request.getAttribute(ATTRIBUTE);
        if (refused != null) {
            throw new Problem(401, "unauthenticated", "Sign in required",
                    refused instanceof String reason ? reason : "The user name or password is not right.");
        }
    }
}
