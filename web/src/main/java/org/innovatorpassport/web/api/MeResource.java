package org.innovatorpassport.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Directory;
import org.innovatorpassport.platform.api.Directory.SignInFailure;
import org.innovatorpassport.platform.api.Roles;

/** Who the API thinks you are. */
@Path("/api/me")
@SecurityRequirement(name = "basic")
public class MeResource {

    @Inject
    Callers callers;

    @Inject
    Directory directory;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD, Roles.ADMIN})
    public Caller me() {
        return callers.required();
    }

    /** The caller's own failed sign-ins: someone guessing at their account shows here. */
    @GET
    @Path("sign-in-failures")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD, Roles.ADMIN})
    public List<SignInFailure> signInFailures() {
        return directory.recentSignInFailures(callers.required().userId(), 50);
    }

    /** A new password ends every session of the caller, on every node. */
    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD, Roles.ADMIN})
    @APIResponse(responseCode = "204", description = "The password was changed and every session of the caller ended")
    public Response changePassword(@Valid @NotNull PasswordChange change) {
        directory.changePassword(callers.required().userId(), change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }

    public record PasswordChange(@NotNull String currentPassword,
                                 @NotNull @Size(min = 12, max = 200, message = "must be at least 12 characters") String newPassword) {
    }
}
