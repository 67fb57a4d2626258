package org.innovatorpassport.web.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.innovatorpassport.platform.api.Directory;
import org.innovatorpassport.platform.api.Directory.OrganisationView;
import org.innovatorpassport.platform.api.Directory.UserView;
import org.innovatorpassport.platform.api.OrganisationKind;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Platform administration of organisations and their users. */
@Path("/api/admin/organisations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "basic")
public class OrganisationsResource {

    @Inject
    Directory directory;

    @GET
    public List<OrganisationView> list(@QueryParam("kind") @NotNull OrganisationKind kind) {
        return directory.organisations(kind);
    }

    @GET
    @Path("{id}")
    public OrganisationView one(@PathParam("id") UUID id) {
        return directory.organisation(id).orElseThrow(() -> Problem.notFound("Organisation " + id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The organisation as created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganisationView.class)))
    public Response create(@Valid @NotNull NewOrganisation request) {
        if (request.kind() == OrganisationKind.SUPPLIER) {
            throw Problem.invalid("kind", "Suppliers register themselves (POST /api/suppliers), so that their profile is complete");
        }
        OrganisationView created = directory.createOrganisation(
                new Directory.NewOrganisation(null, request.kind(), request.name().trim(), request.odsCode()));
        return Response.created(URI.create("/api/admin/organisations/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}/users")
    public List<UserView> users(@PathParam("id") UUID id) {
        one(id);
        return directory.users(id);
    }

    @POST
    @Path("{id}/users")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The user as created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserView.class)))
    public Response addUser(@PathParam("id") UUID id, @Valid @NotNull NewUser request) {
        UserView created = directory.createUser(new Directory.NewUser(null, id, request.email(), request.displayName().trim(),
                request.password(), Set.of()));
        return Response.status(201).entity(created).build();
    }

    public record NewOrganisation(@NotNull OrganisationKind kind, @NotBlank @Size(max = 200) String name,
                                  @Size(max = 6) String odsCode) {
    }

    public record NewUser(@NotBlank @Email @Size(max = 200) String email, @NotBlank @Size(max = 200) String displayName,
                          @NotBlank @Size(min = 12, max = 200, message = "must be at least 12 characters") String password) {
    }
}
