package org.innovatorpassport.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.innovatorpassport.onboarding.api.Acceptance;
import org.innovatorpassport.onboarding.api.ChecklistItem;
import org.innovatorpassport.onboarding.api.Colleague;
import org.innovatorpassport.onboarding.api.Invitation;
import org.innovatorpassport.onboarding.api.Onboarding;
import org.innovatorpassport.onboarding.api.ProfileChange;
import org.innovatorpassport.onboarding.api.Registration;
import org.innovatorpassport.onboarding.api.SupplierProfile;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Supplier registration, its details, colleagues and onboarding checklist. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class SupplierResource {

    @Inject
    Onboarding onboarding;

    @Inject
    Callers callers;

    @POST
    @Path("suppliers")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The supplier as registered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SupplierProfile.class)))
    public Response register(@Valid @NotNull Registration registration) {
        SupplierProfile profile = onboarding.register(registration);
        return Response.created(URI.create("/api/suppliers/me")).entity(profile).build();
    }

    @GET
    @Path("suppliers/me")
    @RolesAllowed(Roles.SUPPLIER)
    public SupplierProfile profile() {
        return onboarding.profile(callers.required().organisationId());
    }

    @PUT
    @Path("suppliers/me")
    @RolesAllowed(Roles.SUPPLIER_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public SupplierProfile update(@Valid @NotNull ProfileChange change) {
        return onboarding.update(callers.required().organisationId(), change);
    }

    @GET
    @Path("suppliers/me/checklist")
    @RolesAllowed(Roles.SUPPLIER)
    public List<ChecklistItem> checklist() {
        return onboarding.checklist(callers.required().organisationId());
    }

    @POST
    @Path("suppliers/me/invitations")
    @RolesAllowed(Roles.SUPPLIER_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The invitation, with its one-time token",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Invitation.class)))
    public Response invite(@Valid @NotNull Colleague request) {
        Invitation invitation = onboarding.invite(callers.required().organisationId(), request.email());
        return Response.status(201).entity(invitation).build();
    }

    @GET
    @Path("suppliers/me/invitations")
    @RolesAllowed(Roles.SUPPLIER_ADMIN)
    public List<Invitation> invitations() {
        return onboarding.invitations(callers.required().organisationId());
    }

    @GET
    @Path("invitations/{token}")
    @PermitAll
    public Invitation pending(@PathParam("token") String token) {
        return onboarding.pending(token);
    }

    @POST
    @Path("invitations/{token}")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "The account was created; the invitation cannot be used again")
    public Response accept(@PathParam("token") String token, @Valid @NotNull Acceptance acceptance) {
        onboarding.accept(token, acceptance.displayName(), acceptance.password());
        return Response.noContent().build();
    }
}
