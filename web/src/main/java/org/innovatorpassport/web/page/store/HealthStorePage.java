package org.innovatorpassport.web.page.store;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;

/**
 * The public Health Store: products whose passport can be relied on today, in plain words, each with
 * a link to check its passport. Nothing confidential: no evidence, only what a listing says.
 */
@Path("/health-store")
@Produces(Replies.HTML)
public class HealthStorePage {
    private static final Logger LOG = Logger.getLogger(HealthStorePage.class.getName());

    /** The listed passports, with the product each covers (absent if the catalogue no longer has it). */
    public record StoreScreen(Shell shell, List<PassportView> listed, Map<UUID, ProductView> products) {
    }

    @Inject
    Passports passports;

    @Inject
    Products products;

    @Inject
    Callers callers;

    @GET
    @PermitAll
    public View show() {
        List<PassportView> listed = reliable();
        return new View("store/healthStore", new StoreScreen(Shell.of("Health Store", callers.current()), listed,
                products.find(listed.stream().map(PassportView::productId).toList())));
    }

    /**
     * What the public may see depends on who asks, and the passport list was written for signed-in
     * callers: if it cannot answer an anonymous one, the public page shows an empty store rather than
     * an error, and the reason is logged for whoever runs the service.
     */
    private List<PassportView> reliable() {
        try {
            return passports.reliable();
        } catch (RuntimeException e) {
            if (callers.current().isPresent()) {
                Replies.refusal(e);
            } else {
                LOG.log(Level.WARNING, "The Health Store could not list passports for an anonymous visitor", e);
            }
            return List.of();
        }
    }
}
