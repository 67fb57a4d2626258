package org.innovatorpassport.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.innovatorpassport.assurance.api.Evidence;
import org.innovatorpassport.assurance.api.EvidenceView;
import org.innovatorpassport.assurance.api.LibraryEntry;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.web.upload.EvidenceUploadForm;
import org.innovatorpassport.web.upload.EvidenceUploadParts;

/** The supplier's evidence library: documents about the organisation, held once for every product. */
@Path("/api/suppliers/me/evidence-library")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class EvidenceLibraryResource {

    @Inject
    Validator validator;

    @Inject
    Evidence evidence;

    @GET
    @RolesAllowed(Roles.SUPPLIER)
    public List<LibraryEntry> library() {
        return evidence.library();
    }

    @POST
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = EvidenceUploadParts.class)))
    @APIResponse(responseCode = "201", description = "The evidence as stored in the library",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EvidenceView.class)))
    public Response add(List<EntityPart> parts) {
        EvidenceUploadForm form = EvidenceUploadForm.read(parts, validator).orRefuse();
        EvidenceView stored = evidence.addToLibrary(form.details(), form.fileName(), form.content());
        return Response.created(URI.create("/api/evidence/" + stored.id())).entity(stored).build();
    }
}
