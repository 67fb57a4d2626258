package org.innovatorpassport.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.innovatorpassport.platform.api.SignedDocuments;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The public keys that check signed passports (RFC 7517 JWK Set), at the address JOSE tools look
 * for. Old keys stay in it after a rotation, so every passport signed since the start still verifies.
 * Public by design: a public key reveals nothing that helps forge a signature.
 */
@Path("/.well-known")
public class PublishedKeysResource {
    static final String JWK_SET = "application/jwk-set+json";

    @Inject
    SignedDocuments documents;

    @GET
    @Path("jwks.json")
    @Produces({JWK_SET, "application/json"})
    @PermitAll
    @APIResponse(responseCode = "200", description = "The public keys (RFC 7517 JWK Set)",
            content = @Content(mediaType = JWK_SET, schema = @Schema(type = SchemaType.OBJECT)))
    public Response keys() {
        // bytes, not a String: a String entity of a +json type would be written again as a JSON string
        return Response.ok(documents.publishedKeys().getBytes(StandardCharsets.UTF_8), JWK_SET)
                .header("Cache-Control", "public, max-age=300").build();
    }
}
