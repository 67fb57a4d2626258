package org.innovatorpassport.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.innovatorpassport.platform.api.Sessions;
import org.innovatorpassport.web.page.FormToken;

/**
 * Headers that make every answer harder to misuse: the pages load nothing from elsewhere and run no
 * inline script, so the content security policy can be strict; no page may be framed. A request
 * that changes something on the strength of the sign-in cookie must come from this site's own form
 * (see {@link FormForgery}); the pages' forms learn the token to carry here.
 */
@WebFilter("/*")
public class SecurityHeaders extends HttpFilter {

    @Inject
    Sessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; script-src 'self'; "
                + "style-src 'self'; font-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        Sessions.Active session = session(request);
        if (!FormForgery.changesState(request)) {
            withFormToken(session, request, response, chain);
            return;
        }
        if (session == null) {
            if (FormForgery.foreignOrigin(request)) {
                response.sendError(403, "Forms may only be sent from this site.");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (!FormForgery.fromThisSite(request)) {
            response.sendError(403, "Forms may only be sent from this site.");
            return;
        }
        HttpServletRequest checked = request;
        if (FormForgery.isUrlEncoded(request)) {
            checked = FormForgery.buffer(request);
            if (checked == null) {
                response.sendError(413, "A form may be at most 1 MiB.");
                return;
            }
        }
        if (!FormForgery.tokenMatches(FormForgery.sentToken(checked), session.formToken())) {
            response.sendError(403, "This form has expired or was not sent from this site. Go back, reload the page and try again.");
            return;
        }
        withFormToken(session, checked, response, chain);
    }

    /**
     * The live session whose cookie authorises this request, or none. An API call with Basic
     * credentials is authorised by them alone, so a cookie riding along gives it no authority to check.
     */
    private Sessions.Active session(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                && PassportAuthentication.isApi(request)) {
            return null;
        }
        Object found = request.getAttribute(SessionCookie.SESSION);
        if (found instanceof Sessions.Active active) {
            return active;
        }
        return SessionCookie.token(request).flatMap(sessions::find).orElse(null);
    }

    private static void withFormToken(Sessions.Active session, HttpServletRequest request, HttpServletResponse response,
                                      FilterChain chain) throws IOException, ServletException {
        FormToken.set(session == null ? null : session.formToken());
        try {
            chain.doFilter(request, response);
        } finally {
            FormToken.set(null);
        }
    }
}
