package org.innovatorpassport.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.innovatorpassport.assurance.api.AwaitingItem;
import org.innovatorpassport.assurance.api.AwaitingWork;
import org.innovatorpassport.platform.api.Notification;
import org.innovatorpassport.platform.api.Notifications;
import org.innovatorpassport.platform.api.Roles;

/** What awaits the caller: their in-app notifications and the review work waiting for them. */
@Path("/api/inbox")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class InboxResource {

    @Inject
    Notifications notifications;

    @Inject
    AwaitingWork awaiting;


    /** Newest first: those sent to the caller and to their organisation. */
    @GET
    @Path("notifications")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD, Roles.ADMIN})
    public List<Notification> notifications() {
        return notifications.mine();
    }

    @POST
    @Path("notifications/{id}/read")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD, Roles.ADMIN})
    public Notification read(@PathParam("id") UUID id) {
        return notifications.markRead(id);
    }

    /** Oldest first: returned submissions and open questions (supplier), work to review and answers to read (assessor). */
    @GET
    @Path("awaiting")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR})
    public List<AwaitingItem> awaiting() {
        return awaiting.mine();
    }
}
