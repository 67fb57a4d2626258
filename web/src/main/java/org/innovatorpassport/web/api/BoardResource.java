package org.innovatorpassport.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.innovatorpassport.adoption.api.BoardMember;
import org.innovatorpassport.adoption.api.BoardView;
import org.innovatorpassport.adoption.api.Boards;
import org.innovatorpassport.adoption.api.DecisionEntry;
import org.innovatorpassport.adoption.api.MemberTrust;
import org.innovatorpassport.adoption.api.NewBoard;
import org.innovatorpassport.adoption.api.ProgrammeDetails;
import org.innovatorpassport.adoption.api.ProgrammeStatus;
import org.innovatorpassport.adoption.api.ProgrammeView;
import org.innovatorpassport.adoption.api.Programmes;
import org.innovatorpassport.platform.api.Roles;

/** Regional innovation boards (an admin manages them) and the programmes their members run. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class BoardResource {

    /** A programme's next status, with the revision the caller last saw. */
    public record StatusChange(@NotNull ProgrammeStatus status, long revision) {
    }

    /** A product to shortlist. */
    public record Shortlisting(@NotNull UUID productId) {
    }

    @Inject
    Boards boards;

    @Inject
    Programmes programmes;

    @GET
    @Path("boards")
    @RolesAllowed({Roles.BOARD, Roles.ADMIN})
    public List<BoardView> list() {
        return boards.visible();
    }

    @POST
    @Path("boards")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull NewBoard board) {
        BoardView created = boards.create(board);
        return Response.created(URI.create("/api/boards/" + created.id())).entity(created).build();
    }

    @GET
    @Path("boards/{id}")
    @RolesAllowed({Roles.BOARD, Roles.ADMIN})
    public BoardView one(@PathParam("id") UUID id) {
        return boards.get(id);
    }

    @POST
    @Path("boards/{id}/trusts")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public BoardView addTrust(@PathParam("id") UUID id, @Valid @NotNull MemberTrust trust) {
        return boards.addTrust(id, trust);
    }

    @DELETE
    @Path("boards/{id}/trusts/{ods}")
    @RolesAllowed(Roles.ADMIN)
    public BoardView removeTrust(@PathParam("id") UUID id, @PathParam("ods") String ods) {
        return boards.removeTrust(id, ods);
    }

    @POST
    @Path("boards/{id}/members")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public BoardView addMember(@PathParam("id") UUID id, @Valid @NotNull BoardMember member) {
        return boards.addMember(id, member);
    }

    @GET
    @Path("boards/{id}/programmes")
    @RolesAllowed({Roles.BOARD, Roles.ADMIN})
    public List<ProgrammeView> programmes(@PathParam("id") UUID id) {
        return programmes.ofBoard(id);
    }

    @POST
    @Path("boards/{id}/programmes")
    @RolesAllowed(Roles.BOARD)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createProgramme(@PathParam("id") UUID id, @Valid @NotNull ProgrammeDetails details) {
        ProgrammeView created = programmes.create(id, details);
        return Response.created(URI.create("/api/programmes/" + created.id())).entity(created).build();
    }

    @GET
    @Path("programmes/{id}")
    @RolesAllowed({Roles.BOARD, Roles.ADMIN})
    public ProgrammeView programme(@PathParam("id") UUID id) {
        return programmes.get(id);
    }

    @POST
    @Path("programmes/{id}/status")
    @RolesAllowed(Roles.BOARD)
    @Consumes(MediaType.APPLICATION_JSON)
    public ProgrammeView changeStatus(@PathParam("id") UUID id, @Valid @NotNull StatusChange change) {
        return programmes.changeStatus(id, change.status(), change.revision());
    }

    @POST
    @Path("programmes/{id}/shortlist")
    @RolesAllowed(Roles.BOARD)
    @Consumes(MediaType.APPLICATION_JSON)
    public ProgrammeView shortlist(@PathParam("id") UUID id, @Valid @NotNull Shortlisting shortlisting) {
        return programmes.shortlist(id, shortlisting.productId());
    }

    @POST
    @Path("programmes/{id}/decisions")
    @RolesAllowed(Roles.BOARD)
    @Consumes(MediaType.APPLICATION_JSON)
    public ProgrammeView decide(@PathParam("id") UUID id, @Valid @NotNull DecisionEntry decision) {
        return programmes.decide(id, decision);
    }
}
