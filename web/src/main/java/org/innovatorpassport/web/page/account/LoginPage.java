package org.innovatorpassport.web.page.account;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.innovatorpassport.platform.api.Sessions;
import org.innovatorpassport.web.page.ErrorSummary;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;
import org.innovatorpassport.web.security.PassportAuthentication;
import org.innovatorpassport.web.security.SessionCookie;

/** Sign in with email and password; the cookie carries the token of a session kept in PostgreSQL. */
@Path("/")
@PermitAll
public class LoginPage {

    /** The sign-in form: where to go afterwards, what was typed, and why it was refused. */
    public record LoginScreen(Shell shell, String next, String email, ErrorSummary errors) {
    }

    @Inject
    SecurityContext security;

    @Inject
    Sessions sessions;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    @Path("login")
    @Produces(Replies.HTML)
    public View form(@QueryParam("next") String next) {
        return screen(next, null, "");
    }

    @POST
    @Path("login")
    @Produces(Replies.HTML)
    public Response signIn(@FormParam("email") String email, @FormParam("password") String password,
                           @FormParam("next") String next) {
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            return Replies.page(400, screen(next, "Enter your email address and password", email));
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email.trim(), password)).newAuthentication(true));
        Object wait = request.getAttribute(PassportAuthentication.THROTTLED);
        if (wait != null) {
            // The same words whether or not the account exists, so the answer tells a guesser nothing.
            return Response.fromResponse(Replies.page(429, screen(next, "Too many attempts to sign in. Wait "
                    + wait + " seconds, then try again", email))).header("Retry-After", wait).build();
        }
        if (status != AuthenticationStatus.SUCCESS) {
            return Replies.page(401, screen(next, "The email address or password is not right", email));
        }
        return Response.seeOther(URI.create(safeNext(next))).build();
    }

    @POST
    @Path("logout")
    public Response signOut() throws ServletException {
        // Deleting the session's row ends it on every node, whatever copy of the cookie is kept.
        SessionCookie.token(request).ifPresent(sessions::end);
        request.logout();
        return Response.seeOther(URI.create("/")).build();
    }

    /** Only a path on this site, so the login page cannot be used to send people elsewhere. */
    public static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/";
        }
        try {
            URI.create(next);
            return next;
        } catch (IllegalArgumentException notAnAddress) {
            return "/";
        }
    }

    private static View screen(String next, String error, String email) {
        Shell shell = new Shell(error == null ? "Sign in" : "Error: Sign in", Optional.empty());
        return new View("account/login", new LoginScreen(shell, safeNext(next), email,
                error == null ? ErrorSummary.NONE : ErrorSummary.single("email", error)));
    }
}
