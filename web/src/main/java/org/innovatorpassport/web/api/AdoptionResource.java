package org.innovatorpassport.web.api;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.innovatorpassport.adoption.api.AdoptionNotifications;
import org.innovatorpassport.adoption.api.AdoptionStart;
import org.innovatorpassport.adoption.api.AdoptionView;
import org.innovatorpassport.adoption.api.Adoptions;
import org.innovatorpassport.adoption.api.HazardEntry;
import org.innovatorpassport.adoption.api.LocalAssurance;
import org.innovatorpassport.adoption.api.NotificationView;
import org.innovatorpassport.adoption.api.SafetyCaseDetails;
import org.innovatorpassport.adoption.api.SafetyRecordView;
import org.innovatorpassport.adoption.api.StageMove;
import org.innovatorpassport.platform.api.Roles;

/**
 * Trusts' adoption pipelines, their local deployment assurance (DCB0160), and the notices about
 * them. Who sees which pipeline is the adoption module's rule; this only names who may ask at all.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AdoptionResource {

    /** A move with the revision of the pipeline the caller last saw, so a concurrent move answers 409. */
    public record Move(@Valid @NotNull StageMove move, long revision) {
    }

    @Inject
    Adoptions adoptions;

    @Inject
    LocalAssurance localAssurance;

    @Inject
    AdoptionNotifications notifications;

    @GET
    @Path("adoptions")
    @RolesAllowed({Roles.TRUST, Roles.BOARD, Roles.SUPPLIER, Roles.ADMIN})
    public List<AdoptionView> list() {
        return adoptions.visible();
    }

    @POST
    @Path("adoptions")
    @RolesAllowed(Roles.TRUST)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@Valid @NotNull AdoptionStart start) {
        AdoptionView adoption = adoptions.start(start);
        return Response.created(URI.create("/api/adoptions/" + adoption.id())).entity(adoption).build();
    }

    @GET
    @Path("adoptions/{id}")
    @RolesAllowed({Roles.TRUST, Roles.BOARD, Roles.SUPPLIER, Roles.ADMIN})
    public AdoptionView one(@PathParam("id") UUID id) {
        return adoptions.get(id);
    }

    @POST
    @Path("adoptions/{id}/moves")
    @RolesAllowed(Roles.TRUST)
    @Consumes(MediaType.APPLICATION_JSON)
    public AdoptionView move(@PathParam("id") UUID id, @Valid @NotNull Move move) {
        return adoptions.move(id, move.move(), move.revision());
    }

    /** Relies on the passport that renewed the pipeline's own and carries the pipeline over to it; again changes nothing. */
    @POST
    @Path("adoptions/{id}/carry-over")
    @RolesAllowed(Roles.TRUST)
    public AdoptionView carryOver(@PathParam("id") UUID id) {
        return adoptions.carryOver(id);
    }

    @GET
    @Path("adoptions/{id}/dcb0160")
    @RolesAllowed({Roles.TRUST, Roles.BOARD, Roles.SUPPLIER, Roles.ADMIN})
    public SafetyRecordView safetyRecord(@PathParam("id") UUID id) {
        return localAssurance.record(id);
    }

    @PUT
    @Path("adoptions/{id}/dcb0160")
    @RolesAllowed(Roles.TRUST)
    @Consumes(MediaType.APPLICATION_JSON)
    public SafetyRecordView describe(@PathParam("id") UUID id, @Valid @NotNull SafetyCaseDetails details) {
        return localAssurance.describe(id, details);
    }

    @POST
    @Path("adoptions/{id}/dcb0160/hazards")
    @RolesAllowed(Roles.TRUST)
    @Consumes(MediaType.APPLICATION_JSON)
    public SafetyRecordView addHazard(@PathParam("id") UUID id, @Valid @NotNull HazardEntry hazard) {
        return localAssurance.addHazard(id, hazard);
    }

    @PUT
    @Path("adoptions/{id}/dcb0160/hazards/{hazardId}")
    @RolesAllowed(Roles.TRUST)
    @Consumes(MediaType.APPLICATION_JSON)
    public SafetyRecordView reviseHazard(@PathParam("id") UUID id, @PathParam("hazardId") UUID hazardId,
                                         @Valid @NotNull HazardEntry hazard) {
        return localAssurance.reviseHazard(id, hazardId, hazard);
    }

    @POST
    @Path("adoptions/{id}/dcb0160/sign-off")
    @RolesAllowed(Roles.TRUST)
    public SafetyRecordView signOff(@PathParam("id") UUID id) {
        return localAssurance.signOff(id);
    }

    @GET
    @Path("adoption-notifications")
    @RolesAllowed({Roles.TRUST, Roles.BOARD})
    public List<NotificationView> notifications() {
        return notifications.mine();
    }

    @POST
    @Path("adoption-notifications/{id}/read")
    @RolesAllowed({Roles.TRUST, Roles.BOARD})
    public NotificationView markRead(@PathParam("id") UUID id) {
        return notifications.markRead(id);
    }
}
