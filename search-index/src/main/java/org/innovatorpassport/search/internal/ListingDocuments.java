package org.innovatorpassport.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.catalogue.api.ProductDetails;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.onboarding.api.Onboarding;

/**
 * Translates a product and its latest passport into a listing document shaped by
 * {@code listings-mapping.json}: text fields for searching, {@code filter_} keywords for filters and facets.
 */
@ApplicationScoped
class ListingDocuments {

    @Inject
    Passports passports;

    @Inject
    Onboarding onboarding;

    @Inject
    Clock clock;

    Map<String, Object> of(ProductView product) {
        ProductDetails d = product.details();
        Optional<PassportView> passport = passports.ofProduct(product.id());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("productId", product.id().toString());
        doc.put("name", d.name());
        doc.put("supplierName", onboarding.profile(product.supplierId()).legalName());
        doc.put("version", d.version());
        doc.put("summary", d.summary());
        doc.put("intendedPurpose", d.intendedPurpose());
        doc.put("conditions", d.conditions());
        doc.put("filter_intendedUsers", d.intendedUsers().name());
        doc.put("filter_careSettings", d.careSettings());
        doc.put("filter_platforms", d.platforms().stream().map(Enum::name).toList());
        doc.put("filter_niceTier", d.niceTier().name());
        doc.put("filter_deviceClass", d.deviceClass().name());
        doc.put("filter_standards", d.standards().stream().map(Enum::name).toList());
        doc.put("filter_passportStatus", passport.map(p -> p.status().name()).orElse("NONE"));
        passport.ifPresent(p -> {
            doc.put("passportCode", p.code());
            doc.put("passportExpiresOn", p.expiresOn().toString());
            doc.put("relianceCount", p.assessmentsAvoided());
        });
        doc.put("updatedAt", clock.instant().toString());
        return doc;
    }
}
