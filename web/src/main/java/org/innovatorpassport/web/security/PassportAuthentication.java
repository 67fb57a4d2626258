package org.innovatorpassport.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.innovatorpassport.platform.api.Credentials;
import org.innovatorpassport.platform.api.Sessions;

/**
 * One mechanism for both audiences: API clients send an API token (Bearer) or HTTP Basic on each
 * call; people sign in on the login page and carry the token of a session kept in PostgreSQL.
 * Requests with none go on anonymously, and the access policy on each endpoint decides whether
 * that is enough.
 */
@ApplicationScoped
public class PassportAuthentication implements HttpAuthenticationMechanism {
    /** Set when a sign-in was not even checked: how many seconds the client must wait. */
    public static final String THROTTLED = "org.innovatorpassport.sign-in-throttled";

    @Inject
    Credentials credentials;

    @Inject
    Sessions sessions;

    @Inject
    BearerTokens bearer;

    @Inject
    ClientAddress clientAddress;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) && isApi(request)) {
            return bearer.validate(authorization.substring(7).trim(), request, context);
        }
        // Basic is for API clients only: a password a browser remembered must not ride along with page forms.
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) && isApi(request)) {
            Credentials.Check check = basic(authorization.substring(6).trim(), clientAddress.of(request));
            if (check instanceof Credentials.Accepted accepted) {
                return context.notifyContainerAboutLogin(accepted.email(), accepted.roles());
            }
            // Answered by RefusedCredentials as a problem, through the same mapper as every other error.
            if (check instanceof Credentials.Throttled throttled) {
                request.setAttribute(THROTTLED, throttled.retryAfterSeconds());
            }
            request.setAttribute(RefusedCredentials.ATTRIBUTE, Boolean.TRUE);
            return context.doNothing();
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential password) {
            Credentials.Check check = credentials.check(password.getCaller(), password.getPasswordAsString(),
                    clientAddress.of(request));
            if (check instanceof Credentials.Throttled throttled) {
                request.setAttribute(THROTTLED, throttled.retryAfterSeconds());
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (!(check instanceof Credentials.Accepted accepted)) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            SessionCookie.token(request).ifPresent(sessions::end);
            Sessions.Opened opened = sessions.open(accepted.userId());
            response.addCookie(SessionCookie.cookie(opened.token(), -1, SessionCookie.secure(request)));
            return context.notifyContainerAboutLogin(accepted.email(), accepted.roles());
        }
        Optional<Sessions.Active> session = SessionCookie.token(request).flatMap(sessions::find);
        if (session.isEmpty()) {
            return context.doNothing();
        }
        request.setAttribute(SessionCookie.SESSION, session.get());
        return context.notifyContainerAboutLogin(session.get().email(), session.get().roles());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        // Deleting the row ends the session on every node; a copy of the cookie opens nothing afterwards.
        SessionCookie.token(request).ifPresent(sessions::end);
        response.addCookie(SessionCookie.cookie("", 0, SessionCookie.secure(request)));
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private Credentials.Check basic(String encoded, String address) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return new Credentials.Refused();
            }
            return credentials.check(decoded.substring(0, colon), decoded.substring(colon + 1), address);
        } catch (IllegalArgumentException notBase64) {
            return new Credentials.Refused();
        }
    }
}
