package org.innovatorpassport.web.page.store;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.innovatorpassport.catalogue.api.HealthStore;
import org.innovatorpassport.catalogue.api.StoreListing;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.search.api.HealthStoreSearch;
import org.innovatorpassport.search.api.SearchUnavailable;
import org.innovatorpassport.search.api.StorePage;
import org.innovatorpassport.search.api.StoreResults;
import org.innovatorpassport.web.page.ErrorSummary;
import org.innovatorpassport.web.page.Paths;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;

/**
 * The public Health Store: the products the catalogue lists for patients, searched by words (from the
 * search index, so typos, plurals and synonyms are forgiven), browsed by condition and filtered by
 * platform, each with a plain-English listing and a link to check its passport. Nothing confidential:
 * no evidence, only what a listing says. No sign-in. When search is unavailable the page says so; a
 * listing's own page is read from PostgreSQL and keeps working.
 */
@Path("/health-store")
@Produces(Replies.HTML)
public class HealthStorePage {

    /**
     * The store page: what was asked, and the results with the way between their pages or, when search is
     * unavailable or the request was refused, none.
     */
    public record StoreScreen(Shell shell, String words, String condition, StoreResults results, Paging paging, boolean unavailable,
                              ErrorSummary errors) {
    }

    /**
     * "Showing 21 to 40 of 57" and links to the pages either side (null when there is none), keeping the search.
     * {@code showing} is null when the page has no listings.
     */
    public record Paging(String showing, String previousHref, String previousLabel, String nextHref, String nextLabel) {
        public static final Paging NONE = new Paging(null, null, null, null, null);

        public static Paging of(StoreResults results) {
            StorePage page = new StorePage(results.page());
            int shown = results.hits().size();
            String showing = shown == 0 ? null
                    : "Showing " + page.firstShown(shown) + " to " + page.lastShown(shown) + " of " + results.total();
            OptionalInt previous = page.previous(results.pages());
            OptionalInt next = page.next(results.pages());
            return new Paging(showing, previous.isPresent() ? href(results, previous.getAsInt()) : null,
                    previous.isPresent() ? "Page " + previous.getAsInt() + " of " + results.pages() : null,
                    next.isPresent() ? href(results, next.getAsInt()) : null,
                    next.isPresent() ? "Page " + next.getAsInt() + " of " + results.pages() : null);
        }

        /** The same search on another page. */
        private static String href(StoreResults results, int page) {
            StringBuilder href = new StringBuilder("/health-store?");
            if (!results.words().isEmpty()) {
                href.append("q=").append(Paths.query(results.words())).append('&');
            }
            if (!results.condition().isEmpty()) {
                href.append("condition=").append(Paths.query(results.condition())).append('&');
            }
            for (String platform : results.platforms()) {
                href.append("platform=").append(Paths.query(platform)).append('&');
            }
            return href.append("page=").append(page).toString();
        }
    }

    public record ListingScreen(Shell shell, StoreListing listing) {
    }

    @Inject
    HealthStore store;

    @Inject
    HealthStoreSearch search;

    @Inject
    Callers callers;

    @GET
    @PermitAll
    public Response show(@QueryParam("q") String words, @QueryParam("condition") String condition, @QueryParam("platform") List<String> platforms,
                         @QueryParam("page") String page) {
        String q = cut(words);
        String chosen = cut(condition);
        String title = chosen.isBlank() ? "Health Store" : "Health Store: " + chosen.trim();
        try {
            StoreResults results = search.browse(q, chosen, platforms, StorePage.of(page));
            String shownTitle = results.page() == 1 ? title : title + " (page " + results.page() + ")";
            return Response.ok(new View("store/healthStore", new StoreScreen(Shell.of(shownTitle, callers.current()), q.trim(), chosen.trim(),
                    results, Paging.of(results), false, ErrorSummary.NONE))).type(Replies.HTML).build();
        } catch (SearchUnavailable unavailable) {
            return Replies.page(503, new View("store/healthStore", new StoreScreen(Shell.of("Health Store search is unavailable",
                    callers.current()), q.trim(), chosen.trim(), null, Paging.NONE, true, ErrorSummary.NONE)));
        } catch (Problem refused) {
            if (refused.status() >= 500) {
                throw refused;
            }
            return Replies.page(refused.status(), new View("store/healthStore", new StoreScreen(Shell.of(title, callers.current(), refused),
                    q.trim(), chosen.trim(), null, Paging.NONE, false, ErrorSummary.of(refused, List.of("q", "condition", "platform", "page"),
                    f -> f.equals("q") ? "q" : null))));
        }
    }

    @GET
    @Path("products/{id}")
    @PermitAll
    public View listing(@PathParam("id") UUID id) {
        StoreListing listing = store.listing(id).orElseThrow(() -> new Problem(404, "not-listed", "Not in the Health Store",
                "This product is not in the Health Store. Its passport may have been suspended, revoked or expired."));
        return new View("store/listing", new ListingScreen(Shell.of(listing.product().details().name(), callers.current()), listing));
    }

    /** Longer words than a search takes are cut rather than refused: a public page should always answer. */
    private static String cut(String words) {
        if (words == null) {
            return "";
        }
        return words.length() > HealthStoreSearch.MAX_TEXT ? words.substring(0, HealthStoreSearch.MAX_TEXT) : words;
    }
}
