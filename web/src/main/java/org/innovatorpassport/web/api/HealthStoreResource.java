package org.innovatorpassport.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.innovatorpassport.search.api.HealthStoreSearch;
import org.innovatorpassport.search.api.StorePage;
import org.innovatorpassport.search.api.StoreResults;

/**
 * The public Health Store as JSON, for apps and directories that list approved products: the same
 * search as the page, a page of {@value StorePage#SIZE} listings at a time. With Elasticsearch down it
 * answers 503 problem+json with Retry-After.
 */
@Path("/api/health-store")
@Produces(MediaType.APPLICATION_JSON)
public class HealthStoreResource {

    @Inject
    HealthStoreSearch search;

    @GET
    @PermitAll
    public StoreResults browse(@QueryParam("q") @Size(max = HealthStoreSearch.MAX_TEXT) String words,
                               @QueryParam("condition") @Size(max = HealthStoreSearch.MAX_TEXT) String condition,
                               @QueryParam("platform") List<String> platforms,
                               // read as text so that a page that is not a number is a 400 naming it, not JAX-RS's 404
                               @Parameter(description = "Which page of results, from 1", schema = @Schema(type = SchemaType.INTEGER,
                                       format = "int32", minimum = "1", maximum = "" + StorePage.MAX, defaultValue = "1"))
                               @QueryParam("page") String page) {
        return search.browse(words, condition, platforms, StorePage.of(page));
    }
}
