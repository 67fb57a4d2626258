package org.innovatorpassport.web.page.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Directory;
import org.innovatorpassport.platform.api.Directory.OrganisationView;
import org.innovatorpassport.platform.api.Directory.SignInFailure;
import org.innovatorpassport.platform.api.Directory.UserView;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.web.page.ErrorSummary;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;

/** The platform admin finds a user by email and deactivates, reactivates or changes the roles of them. */
@Path("/admin/users")
@Produces(Replies.HTML)
@RolesAllowed(Roles.ADMIN)
public class UserAdminPages {

    /** The page: what was searched for, the user found (if any), their organisation and recent failed sign-ins. */
    public record UserAdminScreen(Shell shell, String email, Optional<UserView> user, Optional<OrganisationView> organisation,
                                  List<SignInFailure> failures, List<String> roles, String done, ErrorSummary errors) {
    }

    @Inject
    Directory directory;

    @Inject
    Callers callers;

    @GET
    public View find(@QueryParam("email") String email, @QueryParam("done") String done) {
        return screen(email, done, null);
    }

    @POST
    @Path("{id}/active")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response active(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        boolean active = "true".equals(fields.getFirst("active"));
        return Replies.attempt(() -> {
            UserView user = directory.setActive(id, active);
            return Replies.seeOther(back(user.email(), active ? "reactivated" : "deactivated"));
        }, refused -> screen(directory.user(id).map(UserView::email).orElse(""), null, refused));
    }

    @POST
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response roles(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        var chosen = new TreeSet<String>();
        for (String role : Roles.ALL) {
            if ("yes".equals(fields.getFirst("role-" + role))) {
                chosen.add(role);
            }
        }
        return Replies.attempt(() -> {
            UserView user = directory.setRoles(id, chosen);
            return Replies.seeOther(back(user.email(), "roles"));
        }, refused -> screen(directory.user(id).map(UserView::email).orElse(""), null, refused));
    }

    private static String back(String email, String done) {
        return "/admin/users?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&done=" + done;
    }

    private View screen(String email, String done, Problem problem) {
        String typed = email == null ? "" : email.trim();
        Optional<UserView> user = typed.isEmpty() ? Optional.empty() : directory.userByEmail(typed);
        ErrorSummary errors = problem != null ? ErrorSummary.single("email", problem.detail())
                : !typed.isEmpty() && user.isEmpty() ? ErrorSummary.single("email", "No user has this email address")
                : ErrorSummary.NONE;
        return new View("admin/users", new UserAdminScreen(Shell.of("Users", callers.current(), problem), typed, user,
                user.flatMap(u -> directory.organisation(u.organisationId())),
                user.map(u -> directory.recentSignInFailures(u.id(), 20)).orElse(List.of()), Roles.ALL, done, errors));
    }
}
