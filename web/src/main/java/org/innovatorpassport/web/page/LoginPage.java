package org.innovatorpassport.web.page;

import static org.innovatorpassport.web.page.Html.text;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;

/** Sign in with email and password; a signed cookie keeps the person signed in. */
@Path("/")
@PermitAll
public class LoginPage {

    @Inject
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String form(@QueryParam("next") String next) {
        return render(next, null, "");
    }

    @POST
    @Path("login")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response signIn(@FormParam("email") String email, @FormParam("password") String password,
                           @FormParam("next") String next) {
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            return Response.status(400).entity(render(next, "Enter your email address and password", email)).build();
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email.trim(), password)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            return Response.status(401).entity(render(next, "The email address or password is not right", email)).build();
        }
        return Response.seeOther(URI.create(safeNext(next))).build();
    }

    @POST
    @Path("logout")
    public Response signOut() throws ServletException {
        request.logout();
        return Response.seeOther(URI.create("/")).build();
    }

    /** Only a path on this site, so the login page cannot be used to send people elsewhere. */
    static String safeNext(String next) {
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

    private String render(String next, String error, String email) {
        String summary = error == null ? "" : """
                <div class="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabindex="-1">
                  <h2 class="nhsuk-error-summary__title" id="error-summary-title">There is a problem</h2>
                  <div class="nhsuk-error-summary__body">
                    <ul class="nhsuk-list nhsuk-error-summary__list"><li><a href="#email">%s</a></li></ul>
                  </div>
                </div>""".formatted(text(error));
        return Layout.page(error == null ? "Sign in" : "Error: Sign in", Optional.empty(), """
                <div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
                %s
                <h1>Sign in</h1>
                <form method="post" action="/login" novalidate>
                  <input type="hidden" name="next" value="%s">
                  <div class="nhsuk-form-group">
                    <label class="nhsuk-label" for="email">Email address</label>
                    <input class="nhsuk-input" id="email" name="email" type="email" autocomplete="username" spellcheck="false" value="%s">
                  </div>
                  <div class="nhsuk-form-group">
                    <label class="nhsuk-label" for="password">Password</label>
                    <input class="nhsuk-input" id="password" name="password" type="password" autocomplete="current-password">
                  </div>
                  <button class="nhsuk-button" type="submit">Sign in</button>
                </form>
                </div></div>
                """.formatted(summary, text(safeNext(next)), text(email)));
    }
}
