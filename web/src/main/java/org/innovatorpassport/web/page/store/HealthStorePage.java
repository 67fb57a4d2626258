package org.innovatorpassport.web.page.store;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.innovatorpassport.catalogue.api.HealthStore;
import org.innovatorpassport.catalogue.api.StoreListing;
import org.innovatorpassport.catalogue.api.StoreShelf;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;

/**
 * The public Health Store: the products the catalogue lists for patients, searched by words and browsed
 * by condition, each with a plain-English listing and a link to check its passport. Nothing
 * confidential: no evidence, only what a listing says. No sign-in.
 */
@Path("/health-store")
@Produces(Replies.HTML)
public class HealthStorePage {
    private static final int MAX_WORDS = 200;

    public record StoreScreen(Shell shell, StoreShelf shelf) {
    }

    public record ListingScreen(Shell shell, StoreListing listing) {
    }

    @Inject
    HealthStore store;

    @Inject
    Callers callers;

    @GET
    @PermitAll
    public View show(@QueryParam("q") String words, @QueryParam("condition") String condition) {
        String q = words == null ? "" : words.length() > MAX_WORDS ? words.substring(0, MAX_WORDS) : words;
        StoreShelf shelf = store.browse(q, condition == null || condition.length() > MAX_WORDS ? "" : condition);
        String title = shelf.condition().isEmpty() ? "Health Store" : "Health Store: " + shelf.condition();
        return new View("store/healthStore", new StoreScreen(Shell.of(title, callers.current()), shelf));
    }

    @GET
    @Path("products/{id}")
    @PermitAll
    public View listing(@PathParam("id") UUID id) {
        StoreListing listing = store.listing(id).orElseThrow(() -> new Problem(404, "not-listed", "Not in the Health Store",
                "This product is not in the Health Store. Its passport may have been suspended, revoked or expired."));
        return new View("store/listing", new ListingScreen(Shell.of(listing.product().details().name(), callers.current()), listing));
    }
}
