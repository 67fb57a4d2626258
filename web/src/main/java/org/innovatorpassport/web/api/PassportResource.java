package org.innovatorpassport.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.innovatorpassport.assurance.api.Evidence;
import org.innovatorpassport.assurance.api.EvidenceFile;
import org.innovatorpassport.assurance.api.EvidenceView;
import org.innovatorpassport.assurance.api.NotificationView;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.assurance.api.RelianceView;
import org.innovatorpassport.assurance.api.Reliances;
import org.innovatorpassport.assurance.api.StatusChange;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.assurance.api.Verification;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Passports, their certificates and evidence, reliance by trusts, and public verification. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class PassportResource {
    /** RFC 7515's media type of a compact JWS. */
    static final String SIGNED_PASSPORT = "application/jose";

    @Inject
    Passports passports;

    @Inject
    Reliances reliances;

    @Inject
    Evidence evidence;

    @GET
    @Path("passports")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD, Roles.ADMIN})
    public List<PassportView> list() {
        return passports.list();
    }

    @GET
    @Path("passports/{id}")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD, Roles.ADMIN})
    public PassportView one(@PathParam("id") UUID id) {
        return passports.get(id);
    }

    @GET
    @Path("passports/{id}/certificate")
    @Produces("application/pdf")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The PDF certificate",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response certificate(@PathParam("id") UUID id) {
        return Response.ok(passports.certificate(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"passport-" + id + ".pdf\"").build();
    }

    @POST
    @Path("passports/{id}/suspension")
    @RolesAllowed(Roles.ASSESSOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public PassportView suspend(@PathParam("id") UUID id, @Valid @NotNull StatusChange change) {
        return passports.suspend(id, change);
    }

    @POST
    @Path("passports/{id}/revocation")
    @RolesAllowed(Roles.ASSESSOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public PassportView revoke(@PathParam("id") UUID id, @Valid @NotNull StatusChange change) {
        return passports.revoke(id, change);
    }

    @POST
    @Path("passports/{id}/renewal")
    @RolesAllowed(Roles.SUPPLIER)
    @APIResponse(responseCode = "201", description = "The renewal submission, carrying over every answer and decision",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubmissionView.class)))
    public Response renew(@PathParam("id") UUID id) {
        SubmissionView renewal = passports.renew(id);
        return Response.created(URI.create("/api/submissions/" + renewal.id())).entity(renewal).build();
    }

    @POST
    @Path("passports/{id}/reliances")
    @RolesAllowed(Roles.TRUST)
    @APIResponse(responseCode = "201", description = "The reliance recorded for the caller's trust",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RelianceView.class)))
    public Response rely(@PathParam("id") UUID id) {
        RelianceView reliance = reliances.rely(id);
        return Response.status(201).entity(reliance).build();
    }

    @GET
    @Path("passports/{id}/reliances")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD, Roles.ADMIN})
    public List<RelianceView> reliancesOf(@PathParam("id") UUID id) {
        passports.get(id);
        return reliances.ofPassport(id);
    }

    @GET
    @Path("evidence/{id}")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD})
    public EvidenceView evidence(@PathParam("id") UUID id) {
        return evidence.get(id);
    }

    @GET
    @Path("evidence/{id}/content")
    @Produces("application/pdf")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD})
    @APIResponse(responseCode = "200", description = "The evidence PDF as uploaded",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response evidenceContent(@PathParam("id") UUID id) {
        EvidenceFile file = evidence.download(id);
        // Written from storage while the client reads, never held whole in memory.
        StreamingOutput body = out -> file.body().writeTo(out);
        return Response.ok(body, "application/pdf")
                .header("Content-Length", file.sizeBytes())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
                .build();
    }

    @GET
    @Path("reliances")
    @RolesAllowed(Roles.TRUST)
    public List<RelianceView> mine() {
        return reliances.mine();
    }

    @GET
    @Path("notifications")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD, Roles.ADMIN})
    public List<NotificationView> notifications() {
        return reliances.notifications();
    }

    @GET
    @Path("assessments-avoided")
    @PermitAll
    public Map<String, Long> assessmentsAvoided() {
        return Map.of("assessmentsAvoided", reliances.assessmentsAvoided());
    }

    @GET
    @Path("verify/{code}")
    @PermitAll
    public Verification verify(@PathParam("code") String code) {
        return passports.verify(code);
    }

    /** The signed passport alone, as a file to keep and check offline (infra/verify-passport). */
    @GET
    @Path("verify/{code}/signed")
    @Produces(SIGNED_PASSPORT)
    @PermitAll
    @APIResponse(responseCode = "200", description = "The signed passport (a compact JWS) to keep and check offline",
            content = @Content(mediaType = SIGNED_PASSPORT, schema = @Schema(type = SchemaType.STRING)))
    public Response signed(@PathParam("code") String code) {
        Verification verification = passports.verify(code);
        if (verification.signature().jws() == null) {
            throw new Problem(404, "passport-unsigned", "This passport is not signed", verification.reason());
        }
        return Response.ok(verification.signature().jws().getBytes(StandardCharsets.US_ASCII), SIGNED_PASSPORT)
                .header("Content-Disposition", "attachment; filename=\"passport-" + verification.code() + ".jws\"").build();
    }

    @POST
    @Path("admin/passport-statuses")
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Integer> refreshStatuses() {
        return Map.of("changed", passports.refreshStatuses());
    }

    /** Signs now the passports from before signing that start-up could not sign (it also runs at every start). */
    @POST
    @Path("admin/passport-signatures")
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Integer> signUnsigned() {
        return Map.of("signed", passports.signUnsigned());
    }

}
