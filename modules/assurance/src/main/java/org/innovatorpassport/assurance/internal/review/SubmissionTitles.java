package org.innovatorpassport.assurance.internal.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.onboarding.api.Onboarding;
import org.innovatorpassport.templates.api.Template;
import org.innovatorpassport.templates.api.Templates;

/** How a submission is named to people: "DTAC ... for Obs Planner 1.0", and its supplier's name. */
@ApplicationScoped
class SubmissionTitles {

    @Inject
    Products products;

    @Inject
    Templates templates;

    @Inject
    Onboarding onboarding;

    String product(UUID productId) {
        return products.find(productId).map(SubmissionTitles::named).orElse("your product");
    }

    String assessment(String templateId, String templateVersion, UUID productId) {
        String title = templates.find(templateId, templateVersion).map(Template::title).orElse(templateId);
        return title + " submission for " + product(productId);
    }

    String supplier(UUID supplierId) {
        return onboarding.profile(supplierId).legalName();
    }

    private static String named(ProductView product) {
        return product.details().name() + " " + product.details().version();
    }
}
