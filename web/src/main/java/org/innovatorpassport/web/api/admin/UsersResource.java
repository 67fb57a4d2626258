package org.innovatorpassport.web.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.innovatorpassport.platform.api.Directory;
import org.innovatorpassport.platform.api.Directory.SignInFailure;
import org.innovatorpassport.platform.api.Directory.UserView;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;

/**
 * The platform admin deactivates and reactivates users and changes their roles; each change ends
 * every session of that user at once. Recent failed sign-ins show who is being guessed at.
 */
@Path("/api/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "basic")
public class UsersResource {

    @Inject
    Directory directory;

    @GET
    @Path("{id}")
    public UserView one(@PathParam("id") UUID id) {
        return directory.user(id).orElseThrow(() -> Problem.notFound("User " + id));
    }

    @GET
    public UserView byEmail(@QueryParam("email") @NotNull String email) {
        return directory.userByEmail(email).orElseThrow(() -> Problem.notFound("User " + email));
    }

    @PUT
    @Path("{id}/active")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserView active(@PathParam("id") UUID id, @Valid @NotNull Active request) {
        return directory.setActive(id, request.active());
    }

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserView roles(@PathParam("id") UUID id, @Valid @NotNull RoleChoice request) {
        return directory.setRoles(id, request.roles());
    }

    @GET
    @Path("{id}/sign-in-failures")
    public List<SignInFailure> failures(@PathParam("id") UUID id) {
        return directory.recentSignInFailures(id, 50);
    }

    public record Active(@NotNull Boolean active) {
    }

    public record RoleChoice(@NotNull Set<String> roles) {
    }
}
