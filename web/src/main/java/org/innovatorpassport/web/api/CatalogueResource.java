package org.innovatorpassport.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.search.api.ListingQuery;
import org.innovatorpassport.search.api.ListingResults;
import org.innovatorpassport.search.api.ListingSort;
import org.innovatorpassport.search.api.ListingSearch;
import org.innovatorpassport.search.api.SearchIndex;

/**
 * The catalogue search. Each filter is a query parameter named as in {@link ListingSearch#FILTERS};
 * different filters mean AND; a comma-separated or repeated value of one filter means OR.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class CatalogueResource {

    @Inject
    ListingSearch search;

    @Inject
    SearchIndex index;

    @Context
    UriInfo uri;

    @GET
    @Path("catalogue")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD, Roles.ADMIN})
    public ListingResults search(@QueryParam("q") @Size(max = ListingSearch.MAX_TEXT) String text,
                                 @QueryParam("sort") String sort,
                                 @QueryParam("after") @Size(max = 2000) String after,
                                 @QueryParam("from") @DefaultValue("0") @Min(0) @Max(ListingSearch.MAX_FROM) int from,
                                 @QueryParam("size") @DefaultValue("20") @Min(1) @Max(ListingSearch.MAX_SIZE) int size) {
        ListingSort order = ListingSort.ofParameter(sort).orElseThrow(() -> Problem.invalid("sort",
                "Sort by one of " + Arrays.stream(ListingSort.values()).map(ListingSort::parameter).toList()));
        return search.search(new ListingQuery(text, filters(uri.getQueryParameters()), order, from, size, after));
    }

    /** Type-ahead for the catalogue search box: at most ten names, conditions or suppliers. */
    @GET
    @Path("catalogue/suggestions")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD, Roles.ADMIN})
    public List<String> suggestions(@QueryParam("q") @Size(max = ListingSearch.MAX_TEXT) String prefix) {
        return search.suggest(prefix);
    }

    /** Every query parameter that is not q, sort, after, from or size is a filter; a comma inside a value means OR. */
    public static Map<String, List<String>> filters(Map<String, List<String>> parameters) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (!List.of("q", "sort", "after", "from", "size").contains(name)) {
                List<String> any = new ArrayList<>();
                values.forEach(v -> any.addAll(Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()));
                filters.put(name, any.stream().distinct().toList());
            }
        });
        return filters;
    }

    @POST
    @Path("admin/search-index")
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Long> reindex() {
        return Map.of("listings", index.reindex());
    }
}
