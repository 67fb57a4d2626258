package org.innovatorpassport.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.catalogue.api.HealthStore;
import org.innovatorpassport.catalogue.api.PatientListing;
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

    @Inject
    HealthStore store;

    Map<String, Object> of(ProductView product) {
        return of(product, passports.ofProduct(product.id()), onboarding.profile(product.supplierId()).legalName());
    }

    /** Many listings at once, for a rebuild: one passport query per batch and one profile lookup per supplier. */
    List<Map.Entry<ProductView, Map<String, Object>>> of(List<ProductView> products, Map<java.util.UUID, String> supplierNames) {
        Map<java.util.UUID, PassportView> latest = passports.ofProducts(products.stream().map(ProductView::id).toList());
        List<Map.Entry<ProductView, Map<String, Object>>> documents = new ArrayList<>();
        for (ProductView product : products) {
            String supplierName = supplierNames.computeIfAbsent(product.supplierId(), id -> onboarding.profile(id).legalName());
            documents.add(Map.entry(product, of(product, Optional.ofNullable(latest.get(product.id())), supplierName)));
        }
        return documents;
    }

    private Map<String, Object> of(ProductView product, Optional<PassportView> passport, String supplierName) {
        ProductDetails d = product.details();
        boolean assured = passport.map(p -> p.status().reliable()).orElse(false);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("productId", product.id().toString());
        doc.put("lineId", product.lineId().toString());
        doc.put("supplierId", product.supplierId().toString());
        doc.put("name", d.name());
        doc.put("supplierName", supplierName);
        doc.put("version", d.version());
        doc.put("summary", d.summary());
        doc.put("intendedPurpose", d.intendedPurpose());
        doc.put("conditions", d.conditions());
        // Accents folded here because the cluster has no asciifolding filter: "Sjogren" finds "Sjögren".
        doc.put("folded", ClinicalSynonyms.fold(String.join(" ", d.name(), String.join(" ", d.conditions()), supplierName, d.summary())));
        List<String> inputs = new ArrayList<>();
        inputs.add(d.name());
        inputs.addAll(d.conditions());
        inputs.add(supplierName);
        doc.put("suggest", Map.of("input", inputs, "contexts", Map.of("audience",
                List.of(assured ? ASSURED : UNASSURED, supplierContext(product.supplierId())))));
        doc.put("filter_conditions", d.conditions());
        doc.put("filter_intendedUsers", d.intendedUsers().name());
        doc.put("filter_careSettings", d.careSettings());
        doc.put("filter_platforms", d.platforms().stream().map(Enum::name).toList());
        doc.put("filter_niceTier", d.niceTier().name());
        doc.put("filter_deviceClass", d.deviceClass().name());
        doc.put("filter_standards", d.standards().stream().map(Enum::name).toList());
        doc.put("filter_passportStatus", passport.map(p -> p.status().name()).orElse("NONE"));
        long reliances = passport.map(PassportView::assessmentsAvoided).orElse(0L);
        doc.put("filter_trustsRelying", trustsRelying(reliances));
        doc.put("assured", assured);
        doc.put("relianceCount", reliances);
        passport.ifPresent(p -> {
            doc.put("passportId", p.id().toString());
            doc.put("passportCode", p.code());
            doc.put("passportExpiresOn", p.expiresOn().toString());
            doc.put("assuredOn", p.issuedOn().toString());
        });
        // The Health Store shows it only while "assured" too, and not after passportExpiresOn, job or no job.
        doc.put("inStore", store.admits(product));
        if (product.listing() != null) {
            doc.put("listing", listing(product.listing()));
        }
        doc.put("updatedAt", clock.instant().toString());
        return doc;
    }

    private static Map<String, Object> listing(PatientListing p) {
        Map<String, Object> listing = new LinkedHashMap<>();
        listing.put("whatItDoes", p.whatItDoes());
        listing.put("whoItIsFor", p.whoItIsFor());
        listing.put("howToGetIt", p.howToGetIt());
        listing.put("costToPatient", p.costToPatient());
        listing.put("dataUsed", p.dataUsed());
        listing.put("dataStorage", p.dataStorage());
        listing.put("accessibility", p.accessibility());
        return listing;
    }

    static final String ASSURED = "assured";
    static final String UNASSURED = "unassured";

    static String supplierContext(java.util.UUID supplierId) {
        return "supplier-" + supplierId;
    }

    /** Buckets of the number of trusts relying on the passport, for a facet that reads well. */
    static String trustsRelying(long reliances) {
        if (reliances == 0) {
            return "none";
        }
        return reliances < 5 ? "1-4" : reliances < 20 ? "5-19" : "20+";
    }
}
