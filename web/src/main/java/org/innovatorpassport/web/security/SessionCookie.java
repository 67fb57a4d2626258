package org.innovatorpassport.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;

/**
 * The sign-in cookie: only the random token of a session kept in PostgreSQL, so signing out, a
 * deactivation or a change of roles takes effect on every node at once. The session's own limits
 * (idle and absolute) decide when it ends; the cookie itself lives only as long as the browser.
 */
public final class SessionCookie {
    public static final String NAME = "passport_session";
    /** Set on the request by authentication: the live session it found, for the forgery check and the forms. */
    static final String SESSION = "org.innovatorpassport.session";

    private SessionCookie() {
    }

    public static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> NAME.equals(c.getName())).map(Cookie::getValue)
                .filter(v -> v != null && !v.isEmpty()).findFirst();
    }

    /** Secure everywhere but a developer's own machine, including behind a TLS-terminating load balancer. */
    static boolean secure(HttpServletRequest request) {
        String host = request.getServerName();
        boolean loopback = "localhost".equals(host) || host.startsWith("127.") || "[::1]".equals(host);
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")) || !loopback;
    }

    static Cookie cookie(String value, int maxAge, boolean secure) {
        Cookie cookie = new Cookie(NAME, value);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setPath("/");
        cookie.setMaxAge(maxAge);
        // Lax keeps the cookie off most cross-site posts; the anti-forgery token and the origin check do the rest.
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
