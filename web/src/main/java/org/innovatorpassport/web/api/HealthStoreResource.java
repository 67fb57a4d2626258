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
import org.innovatorpassport.search.api.HealthStoreSearch;
import org.innovatorpassport.search.api.StoreResults;

/**
 * The public Health Store as JSON, for apps and directories that list approved products: the same
 * search as the page. With Elasticsearch down it answers 503 problem+json with Retry-After.
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
                               @QueryParam("platform") List<String> platforms) {
        return search.browse(words, condition, platforms);
    }
}
