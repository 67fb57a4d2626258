package org.innovatorpassport.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.innovatorpassport.platform.api.ApiScope;
import org.innovatorpassport.platform.api.ApiTokens;
import org.innovatorpassport.platform.api.ApiTokens.ApiTokenView;
import org.innovatorpassport.platform.api.ApiTokens.IssuedApiToken;
import org.innovatorpassport.platform.api.ApiTokens.NewApiToken;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;

/** An organisation's API tokens: created (the secret is answered once), listed and revoked. */
@Path("/api/tokens")
@SecurityRequirement(name = "basic")
@RolesAllowed({Roles.SUPPLIER_ADMIN, Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD})
public class ApiTokenResource {

    @Inject
    ApiTokens tokens;

    /** Scopes by their codes ("read-catalogue"), the expiry as an ISO date. */
    public record TokenRequest(String name, List<String> scopes, @Schema(format = "date") String expiresOn) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ApiTokenView> list() {
        return tokens.ofMyOrganisation();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The token, with its secret: shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedApiToken.class)))
    public Response create(TokenRequest request) {
        if (request == null) {
            throw Problem.invalid("name", "Enter a name for the token");
        }
        IssuedApiToken issued = tokens.create(new NewApiToken(request.name(), scopes(request.scopes()), NewApiToken.expiryOf(request.expiresOn())));
        return Response.status(201).entity(issued).build();
    }

    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "The token was revoked; it is refused from now on")
    public Response revoke(@PathParam("id") UUID id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }

    private static Set<ApiScope> scopes(List<String> codes) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (String code : codes == null ? List.<String>of() : codes) {
            scopes.add(ApiScope.of(code).orElseThrow(() -> Problem.invalid("scopes", "There is no scope called " + code)));
        }
        return scopes;
    }
}
