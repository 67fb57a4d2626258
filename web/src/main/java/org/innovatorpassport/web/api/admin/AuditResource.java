package org.innovatorpassport.web.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.innovatorpassport.platform.api.AuditEntry;
import org.innovatorpassport.platform.api.AuditLog;
import org.innovatorpassport.platform.api.Roles;

/** The audit trail of one subject, for platform administrators. */
@Path("/api/admin/audit")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "basic")
public class AuditResource {

    @Inject
    AuditLog audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<AuditEntry> about(@QueryParam("subjectType") @NotBlank String subjectType,
                                  @QueryParam("subjectId") @NotBlank String subjectId) {
        return audit.about(subjectType, subjectId);
    }
}
