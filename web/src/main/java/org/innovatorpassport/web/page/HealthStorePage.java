package org.innovatorpassport.web.page;

import static org.innovatorpassport.web.page.Html.text;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.catalogue.api.ProductDetails;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.Callers;

/**
 * The public Health Store: products whose passport can be relied on today, in plain words, each with
 * a link to check its passport. Nothing confidential: no evidence, only what a listing says.
 */
@Path("/health-store")
@Produces(Replies.HTML)
public class HealthStorePage {
    private static final Logger LOG = Logger.getLogger(HealthStorePage.class.getName());

    @Inject
    Passports passports;

    @Inject
    Products products;

    @Inject
    Callers callers;

    @GET
    @PermitAll
    public String show() {
        List<PassportView> listed = reliable();
        StringBuilder cards = new StringBuilder();
        for (PassportView p : listed) {
            cards.append(card(p, products.find(p.productId())));
        }
        return Layout.page("Health Store", callers.current(), "<h1>Health Store</h1>"
                + "<p class=\"nhsuk-lede-text\">Digital health products that have been assessed once against NHS standards "
                + "and hold a valid innovator passport.</p>"
                + (listed.isEmpty() ? "<p>No product is listed yet.</p>"
                : "<p>" + listed.size() + (listed.size() == 1 ? " product" : " products") + " listed.</p>" + cards));
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

    private static String card(PassportView p, Optional<ProductView> product) {
        String summary = product.map(v -> "<p class=\"nhsuk-card__description\">" + text(v.details().summary()) + "</p>").orElse("");
        List<String[]> rows = new ArrayList<>();
        rows.add(Tables.row("Supplier", text(p.supplierName())));
        rows.add(Tables.row("Version", text(p.productVersion())));
        product.map(ProductView::details).ifPresent(d -> listing(d, rows));
        rows.add(Tables.row("Passport", Tags.passport(p.status()) + " until " + text(Dates.day(p.expiresOn()))));
        return """
                <div class="nhsuk-card"><div class="nhsuk-card__content">
                  <h2 class="nhsuk-card__heading nhsuk-heading-m">%s</h2>
                  %s
                  %s
                  <p><a href="/verify/%s">Verify the passport<span class="nhsuk-u-visually-hidden"> for %s</span></a></p>
                </div></div>
                """.formatted(text(p.productName()), summary, Tables.summary(rows),
                text(URLEncoder.encode(p.code(), StandardCharsets.UTF_8)), text(p.productName()));
    }

    private static void listing(ProductDetails d, List<String[]> rows) {
        rows.add(Tables.row("For", text(ProductForm.label(d.intendedUsers()))));
        if (!d.conditions().isEmpty()) {
            rows.add(Tables.row("Conditions", text(String.join(", ", d.conditions()))));
        }
        rows.add(Tables.row("Runs on", text(ProductForm.labels(d.platforms()))));
        rows.add(Tables.row("NICE evidence tier", text(ProductForm.label(d.niceTier()))));
    }
}
