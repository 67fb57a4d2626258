package org.innovatorpassport.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.innovatorpassport.platform.api.ApiScope;
import org.innovatorpassport.platform.api.ApiTokens;
import org.innovatorpassport.platform.api.ApiTokens.TokenCheck;
import org.innovatorpassport.platform.api.Problem;

/**
 * Holds a token's call to the token's scopes before any resource runs, and audits every call made
 * with a token under its name, refused ones included.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 10)
public class TokenScopes implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Logger LOG = Logger.getLogger(TokenScopes.class.getName());

    @Context
    HttpServletRequest request;

    @Inject
    ApiTokens tokens;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getAttribute(BearerTokens.ATTRIBUTE) instanceof TokenCheck token
                && !token.allows(context.getMethod(), path(context))) {
            throw Problem.forbidden("This API token's scopes (" + token.scopes().stream().map(ApiScope::code)
                    .sorted().collect(Collectors.joining(", ")) + ") do not allow " + context.getMethod() + " " + path(context) + ".");
        }
    }

    @Override
    public void filter(ContainerRequestContext context, ContainerResponseContext response) {
        if (request.getAttribute(BearerTokens.ATTRIBUTE) instanceof TokenCheck token) {
            try {
                tokens.recordUse(token.tokenId(), context.getMethod(), path(context), response.getStatus());
            } catch (RuntimeException e) {
                // the call itself has been answered; an audit that failed is logged, not turned into an error
                LOG.log(Level.WARNING, "could not audit a call made with API token " + token.tokenName(), e);
            }
        }
    }

    private static String path(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath();
        return path.startsWith("/") ? path : "/" + path;
    }
}
