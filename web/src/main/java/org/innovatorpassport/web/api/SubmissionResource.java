package org.innovatorpassport.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.innovatorpassport.assurance.api.Assignment;
import org.innovatorpassport.assurance.api.Assignments;
import org.innovatorpassport.assurance.api.ClarificationNote;
import org.innovatorpassport.assurance.api.Clarifications;
import org.innovatorpassport.assurance.api.Conversation;
import org.innovatorpassport.assurance.api.DecisionRecord;
import org.innovatorpassport.assurance.api.Evidence;
import org.innovatorpassport.assurance.api.EvidenceMatch;
import org.innovatorpassport.assurance.api.EvidenceView;
import org.innovatorpassport.assurance.api.PassportConditions;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.ReviewScope;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.assurance.api.SubmissionSummary;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.assurance.api.Submissions;
import org.innovatorpassport.assurance.api.Verdict;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.templates.api.Answer;
import org.innovatorpassport.web.upload.EvidenceUploadForm;
import org.innovatorpassport.web.upload.EvidenceUploadParts;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Submissions: answers and evidence from the supplier, decisions from the assessor, then the passport. */
@Path("/api/submissions")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class SubmissionResource {

    @Inject
    Validator validator;

    @Inject
    Submissions submissions;

    @Inject
    Evidence evidence;

    @Inject
    Passports passports;

    @Inject
    Clarifications clarifications;

    @Inject
    Assignments assignments;

    @POST
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The submission opened",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubmissionView.class)))
    public Response open(@Valid @NotNull NewSubmission request) {
        SubmissionView opened = submissions.open(request.productId(), request.templateId());
        return Response.created(URI.create("/api/submissions/" + opened.id())).entity(opened).build();
    }

    @GET
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR})
    public List<SubmissionSummary> list() {
        return submissions.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR})
    public SubmissionView one(@PathParam("id") UUID id) {
        return submissions.get(id);
    }

    @PUT
    @Path("{id}/answers")
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.APPLICATION_JSON)
    public SubmissionView answer(@PathParam("id") UUID id, @Valid @NotNull Answers request) {
        return submissions.answer(id, request.answers(), request.revision());
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Roles.SUPPLIER)
    public SubmissionView submit(@PathParam("id") UUID id) {
        return submissions.submit(id);
    }

    @POST
    @Path("{id}/decisions")
    @RolesAllowed(Roles.ASSESSOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public SubmissionView decide(@PathParam("id") UUID id, @Valid @NotNull Verdict verdict) {
        return submissions.decide(id, verdict);
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed(Roles.SUPPLIER)
    public SubmissionView withdraw(@PathParam("id") UUID id) {
        return submissions.withdraw(id);
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed(Roles.ASSESSOR)
    public SubmissionView returnToSupplier(@PathParam("id") UUID id) {
        return submissions.returnToSupplier(id);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR})
    public List<DecisionRecord> history(@PathParam("id") UUID id) {
        return submissions.history(id);
    }

    /** Which decisions a renewal or a new version carries over, and which criteria the assessor must review. */
    @GET
    @Path("{id}/review-scope")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR})
    public ReviewScope reviewScope(@PathParam("id") UUID id) {
        return submissions.reviewScope(id);
    }

    @POST
    @Path("{id}/evidence")
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @APIResponse(responseCode = "201", description = "The evidence as stored",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EvidenceView.class)))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = EvidenceUploadParts.class)))
    public Response attach(@PathParam("id") UUID id, List<EntityPart> parts) {
        EvidenceUploadForm form = EvidenceUploadForm.read(parts, validator).orRefuse();
        EvidenceView stored = evidence.attach(id, form.details(), form.fileName(), form.content());
        return Response.created(URI.create("/api/evidence/" + stored.id())).entity(stored).build();
    }

    @POST
    @Path("{id}/evidence/{evidenceId}/versions")
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @APIResponse(responseCode = "201", description = "The new version of the evidence as stored",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EvidenceView.class)))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = EvidenceUploadParts.class)))
    public Response replace(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId, List<EntityPart> parts) {
        EvidenceUploadForm form = EvidenceUploadForm.read(parts, validator).orRefuse();
        EvidenceView stored = evidence.replace(id, evidenceId, form.details(), form.fileName(), form.content());
        return Response.created(URI.create("/api/evidence/" + stored.id())).entity(stored).build();
    }

    @GET
    @Path("{id}/evidence")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR})
    public List<EvidenceView> evidence(@PathParam("id") UUID id) {
        return evidence.ofSubmission(id);
    }

    @GET
    @Path("{id}/evidence/search")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR})
    public List<EvidenceMatch> search(@PathParam("id") UUID id, @QueryParam("q") @NotBlank @Size(max = 200) String text) {
        return evidence.search(id, text);
    }

    @POST
    @Path("{id}/passport")
    @RolesAllowed(Roles.ASSESSOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The passport issued",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PassportView.class)))
    public Response issue(@PathParam("id") UUID id, @Valid PassportConditions request) {
        PassportView issued = passports.issue(id, request == null ? PassportConditions.NONE : request);
        return Response.created(URI.create("/api/passports/" + issued.id())).entity(issued).build();
    }

    @GET
    @Path("{id}/clarifications")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR})
    public Conversation conversation(@PathParam("id") UUID id) {
        return clarifications.of(id);
    }

    /** The assessor asks or follows up; the supplier answers a thread the assessor started. */
    @POST
    @Path("{id}/clarifications")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The conversation with the new message",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Conversation.class)))
    public Response clarify(@PathParam("id") UUID id, @Valid @NotNull ClarificationNote note) {
        Conversation conversation = clarifications.write(id, note);
        return Response.created(URI.create("/api/submissions/" + id + "/clarifications")).entity(conversation).build();
    }

    @GET
    @Path("{id}/assignment")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR})
    public Assignment assignment(@PathParam("id") UUID id) {
        return assignments.of(id);
    }

    @PUT
    @Path("{id}/assignment")
    @RolesAllowed(Roles.ASSESSOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Assignment assign(@PathParam("id") UUID id, @Valid @NotNull AssignTo request) {
        return assignments.assign(id, request.assessorId());
    }

    /** The assessors of the caller's body, who may be given the submission. */
    @GET
    @Path("{id}/assignees")
    @RolesAllowed(Roles.ASSESSOR)
    public List<Assignments.Colleague> assignees(@PathParam("id") UUID id) {
        assignments.of(id);
        return assignments.colleagues();
    }

    public record AssignTo(@NotNull(message = "Choose the assessor to assign it to") UUID assessorId) {
    }

    public record NewSubmission(@NotNull UUID productId, @NotBlank @Size(max = 50) String templateId) {
    }

    public record Answers(long revision, @NotNull List<@NotNull @Valid Answer> answers) {
    }

}
