package org.innovatorpassport.web.page.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.search.api.ListingHit;
import org.innovatorpassport.search.api.ListingQuery;
import org.innovatorpassport.search.api.ListingResults;
import org.innovatorpassport.search.api.ListingSearch;
import org.innovatorpassport.search.api.ListingSort;
import org.innovatorpassport.search.api.ListingWords;
import org.innovatorpassport.search.api.SearchUnavailable;
import org.innovatorpassport.web.page.Choice;
import org.innovatorpassport.web.page.ErrorSummary;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;

/**
 * Catalogue search as a page: one GET form (search words, facet checkboxes, order), so it works
 * without JavaScript and every result page has an address that can be shared or bookmarked. With
 * JavaScript, a small script offers type-ahead suggestions from {@code /catalogue/suggestions}.
 */
@Path("/catalogue")
public class CataloguePages {
    static final int PAGE_SIZE = 20;

    /** One value of a facet: checked when selected, with how many products it would give. */
    public record FacetValue(String id, String value, String label, long count, boolean selected) {
    }

    public record Facet(String name, String legend, List<FacetValue> values, boolean anySelected) {
    }

    /**
     * The page: what was asked, and either the results or why there are none (search unavailable,
     * or a refused request with its field errors).
     */
    public record CatalogueScreen(Shell shell, String text, String sort, List<Choice> sorts, ListingResults results,
                                  List<Facet> facets, String nextHref, String firstHref, boolean unavailable, ErrorSummary errors,
                                  boolean supplierView) {
    }

    /** One product as the caller may see it, with its passport summary. */
    public record ProductScreen(Shell shell, ListingHit product) {
    }

    /** Products side by side, or, when the choice was refused, why. */
    public record CompareScreen(Shell shell, List<ListingHit> products, ErrorSummary errors) {
    }

    @Inject
    ListingSearch search;

    @Inject
    Callers callers;

    @GET
    @Produces(Replies.HTML)
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD, Roles.ADMIN})
    public Response show(@Context UriInfo uri) {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        String text = parameters.getFirst("q") == null ? "" : parameters.getFirst("q").trim();
        String sortParameter = parameters.getFirst("sort");
        String after = parameters.getFirst("after");
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String facet : ListingSearch.FILTERS) {
            List<String> values = parameters.getOrDefault(facet, List.of()).stream().filter(v -> !v.isBlank()).distinct().toList();
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        boolean supplierView = callers.required().hasRole(Roles.SUPPLIER);
        ListingSort sort = ListingSort.ofParameter(sortParameter).orElse(ListingSort.RELEVANCE);
        List<Choice> sorts = Arrays.stream(ListingSort.values()).map(s -> new Choice(s.parameter(), s.label())).toList();
        Shell shell = Shell.of("Search the catalogue", callers.current());
        try {
            ListingResults results = search.search(new ListingQuery(text, filters, sort, 0, PAGE_SIZE, after));
            String base = "/catalogue?" + query(text, sort, filters);
            String next = results.next() == null ? null : base + "&after=" + encode(results.next());
            String first = after == null || after.isBlank() ? null : base;
            return Response.ok(new View("catalogue/search", new CatalogueScreen(shell, text, sort.parameter(), sorts, results,
                    facets(results, filters), next, first, false, ErrorSummary.NONE, supplierView))).type(Replies.HTML).build();
        } catch (SearchUnavailable unavailable) {
            return Replies.page(503, new View("catalogue/search", new CatalogueScreen(Shell.of("Search is unavailable",
                    callers.current()), text, sort.parameter(), sorts, null, List.of(), null, null, true, ErrorSummary.NONE, supplierView)));
        } catch (Problem refused) {
            if (refused.status() >= 500) {
                throw refused;
            }
            return Replies.page(refused.status(), new View("catalogue/search", new CatalogueScreen(Shell.of("Search the catalogue",
                    callers.current(), refused), text, sort.parameter(), sorts, null, List.of(), null, null, false,
                    ErrorSummary.of(refused, List.of("q"), f -> f.equals("q") ? "catalogue-q" : null), supplierView)));
        }
    }

    @GET
    @Path("products/{id}")
    @Produces(Replies.HTML)
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD, Roles.ADMIN})
    public View product(@PathParam("id") UUID id) {
        ListingHit product = search.product(id).orElseThrow(() -> Problem.notFound("The product"));
        return new View("catalogue/product", new ProductScreen(Shell.of(product.name() + " " + product.version(), callers.current()), product));
    }

    /** The products ticked in the search results ({@code product}, repeated), side by side. */
    @GET
    @Path("compare")
    @Produces(Replies.HTML)
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD, Roles.ADMIN})
    public Response compare(@QueryParam("product") List<String> productIds) {
        try {
            List<ListingHit> products = search.compare(productIds);
            return Response.ok(new View("catalogue/compare", new CompareScreen(Shell.of("Compare products", callers.current()), products,
                    ErrorSummary.NONE))).type(Replies.HTML).build();
        } catch (Problem refused) {
            if (refused.status() >= 500) {
                throw refused;
            }
            return Replies.page(refused.status(), new View("catalogue/compare", new CompareScreen(Shell.of("Compare products",
                    callers.current(), refused), List.of(), ErrorSummary.of(refused, List.of("product"), f -> null))));
        }
    }

    /** Type-ahead for the search box; the page works without it. */
    @GET
    @Path("suggestions")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD, Roles.ADMIN})
    public List<String> suggestions(@QueryParam("q") String prefix) {
        return search.suggest(prefix == null ? "" : prefix.length() > ListingSearch.MAX_TEXT ? prefix.substring(0, ListingSearch.MAX_TEXT) : prefix);
    }

    static List<Facet> facets(ListingResults results, Map<String, List<String>> filters) {
        List<Facet> facets = new ArrayList<>();
        for (String facet : ListingSearch.FILTERS) {
            Map<String, Long> counts = results.facets().getOrDefault(facet, Map.of());
            List<String> selected = filters.getOrDefault(facet, List.of());
            List<FacetValue> values = new ArrayList<>();
            int n = 0;
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                values.add(new FacetValue("facet-" + facet + "-" + n++, e.getKey(), ListingWords.value(facet, e.getKey()), e.getValue(),
                        selected.contains(e.getKey())));
            }
            if (!values.isEmpty()) {
                facets.add(new Facet(facet, ListingWords.facet(facet), values, !selected.isEmpty()));
            }
        }
        return facets;
    }

    static String query(String text, ListingSort sort, Map<String, List<String>> filters) {
        List<String> parts = new ArrayList<>();
        parts.add("q=" + encode(text));
        parts.add("sort=" + sort.parameter());
        filters.forEach((facet, values) -> values.forEach(v -> parts.add(facet + "=" + encode(v))));
        return parts.stream().collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
