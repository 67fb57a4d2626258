package org.innovatorpassport.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that make every answer harder to misuse: the pages load nothing from elsewhere and run no
 * inline script, so the content security policy can be strict; no page may be framed.
 */
@WebFilter("/*")
public class SecurityHeaders extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; script-src 'self'; "
                + "style-src 'self'; font-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (crossSiteFormPost(request)) {
            response.sendError(403, "Forms may only be sent from this site.");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A page form sent from another site. The sign-in cookie is SameSite=Lax already; checking the
     * Origin browsers send with every POST closes what Lax leaves open (same-site subdomains, old browsers).
     */
    static boolean crossSiteFormPost(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (!"POST".equals(request.getMethod()) || origin == null || "null".equals(origin)) {
            return false;
        }
        String host = request.getHeader("Host");
        return host == null || !origin.replaceFirst("^https?://", "").equalsIgnoreCase(host);
    }
}
