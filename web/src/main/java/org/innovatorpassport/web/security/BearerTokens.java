package org.innovatorpassport.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import org.innovatorpassport.platform.api.ApiTokens;
import org.innovatorpassport.platform.api.ApiTokens.TokenCheck;

/**
 * An API call carrying a token: it acts as the token's creator with the token's roles, and the
 * verdict stays on the request so that {@link TokenScopes} can hold the call to the token's scopes.
 */
@ApplicationScoped
class BearerTokens {
    static final String ATTRIBUTE = "org.innovatorpassport.api-token";

    @Inject
    ApiTokens tokens;

    AuthenticationStatus validate(String secret, HttpServletRequest request, HttpMessageContext context) {
        TokenCheck check = tokens.check(secret);
        if (!check.valid()) {
            request.setAttribute(RefusedCredentials.ATTRIBUTE, switch (check.verdict()) {
                case EXPIRED -> "This API token has expired: ask your organisation's administrator for a new one.";
                case REVOKED -> "This API token has been revoked.";
                case OWNER_INACTIVE -> "The person who created this API token can no longer sign in, so neither can the token.";
                default -> "This is not a valid API token.";
            });
            return context.doNothing();
        }
        request.setAttribute(ATTRIBUTE, check);
        return context.notifyContainerAboutLogin(check.actingEmail(), check.roles());
    }
}
