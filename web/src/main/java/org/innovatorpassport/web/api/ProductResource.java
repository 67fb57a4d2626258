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
import org.innovatorpassport.catalogue.api.PatientListing;
import org.innovatorpassport.catalogue.api.ProductDetails;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A supplier's products; every version is its own product. */
@Path("/api/products")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class ProductResource {

    @Inject
    Products products;

    @Inject
    Callers callers;

    @POST
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The product as created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProductView.class)))
    public Response create(@Valid @NotNull ProductDetails details) {
        ProductView created = products.create(callers.required().organisationId(), details);
        return Response.created(URI.create("/api/products/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed(Roles.SUPPLIER)
    public List<ProductView> mine() {
        return products.ofSupplier(callers.required().organisationId());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD, Roles.ADMIN})
    public ProductView one(@PathParam("id") UUID id) {
        return products.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.APPLICATION_JSON)
    public ProductView update(@PathParam("id") UUID id, @Valid @NotNull ProductChange change) {
        return products.update(id, change.details(), change.revision());
    }

    /** The plain-English Health Store listing; its supplier may change it even under a passport. */
    @PUT
    @Path("{id}/listing")
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.APPLICATION_JSON)
    public ProductView describeListing(@PathParam("id") UUID id, @Valid @NotNull PatientListing listing) {
        return products.describeListing(id, listing);
    }

    @POST
    @Path("{id}/versions")
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProductView.class)))
    public Response newVersion(@PathParam("id") UUID id, @Valid @NotNull ProductDetails details) {
        ProductView created = products.newVersion(id, details);
        return Response.created(URI.create("/api/products/" + created.id())).entity(created).build();
    }

    public record ProductChange(@Valid @NotNull ProductDetails details, long revision) {
    }
}
