package org.innovatorpassport.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for both audiences: API clients send an API token (Bearer) or HTTP Basic on each call; people sign in on the
 * login page and carry a signed cookie. Requests with neither go on anonymously, and the access
 * policy on each endpoint decides whether that is enough.
 */
@ApplicationScoped
public class PassportAuthentication implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SessionCookie sessions;

    @Inject
    BearerTokens bearer;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) && isApi(request)) {
            return bearer.validate(authorization.substring(7).trim(), request, context);
        }
        // Basic is for API clients only: a password a browser remembered must not ride along with page forms.
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) && isApi(request)) {
            CredentialValidationResult result = basic(authorization.substring(6).trim());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            // Answered by RefusedCredentials as a problem, through the same mapper as every other error.
            request.setAttribute(RefusedCredentials.ATTRIBUTE, Boolean.TRUE);
            return context.doNothing();
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            response.addCookie(cookie(sessions.issue(result.getCallerPrincipal().getName(), result.getCallerGroups()),
                    (int) SessionCookie.LIFETIME.toSeconds(), secure(request)));
            return context.notifyContainerAboutLogin(result);
        }
        return sessions.read(request)
                .map(signedIn -> context.notifyContainerAboutLogin(signedIn.email(), signedIn.roles()))
                .orElseGet(context::doNothing);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        response.addCookie(cookie("", 0, secure(request)));
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** Secure everywhere but a developer's own machine, including behind a TLS-terminating load balancer. */
    private static boolean secure(HttpServletRequest request) {
        String host = request.getServerName();
        boolean loopback = "localhost".equals(host) || host.startsWith("127.") || "[::1]".equals(host);
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")) || !loopback;
    }

    private CredentialValidationResult basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            return identityStores.validate(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return CredentialValidationResult.INVALID_RESULT;
        }
    }

    private static Cookie cookie(String value, int maxAge, boolean secure) {
        Cookie cookie = new Cookie(SessionCookie.NAME, value);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setPath("/");
        cookie.setMaxAge(maxAge);
        // Lax keeps the cookie off cross-site form posts, which is what protects the pages' forms.
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
