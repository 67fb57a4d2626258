package org.innovatorpassport.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.innovatorpassport.adoption.api.ProductTrusts;
import org.innovatorpassport.assurance.api.Reliances;
import org.innovatorpassport.platform.api.Directory;
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

    @Inject
    ProductTrusts productTrusts;

    @Inject
    Reliances reliances;

    @Inject
    Directory directory;

    /** Listings a batch at once (the outbox's share, a rebuild's page): one passport query per batch and one profile lookup per supplier. */
    List<Map.Entry<ProductView, Map<String, Object>>> of(List<ProductView> products, Map<java.util.UUID, String> supplierNames) {
        Map<java.util.UUID, PassportView> latest = passports.ofProducts(products.stream().map(ProductView::id).toList());
        Map<UUID, Reach> reach = reach(products, latest);
        List<Map.Entry<ProductView, Map<String, Object>>> documents = new ArrayList<>();
        for (ProductView product : products) {
            String supplierName = supplierNames.computeIfAbsent(product.supplierId(), id -> onboarding.profile(id).legalName());
            documents.add(Map.entry(product, of(product, Optional.ofNullable(latest.get(product.id())), supplierName, reach.get(product.id()))));
        }
        return documents;
    }

    /** How far a product has spread: the trusts that have adopted it, and the regions of those and of the trusts relying on it. */
    record Reach(long adopting, List<String> regions) {
    }

    /** For a batch of products, a fixed number of queries: adoptions, reliances, then the regions of every trust met. */
    private Map<UUID, Reach> reach(List<ProductView> products, Map<UUID, PassportView> latest) {
        Map<UUID, Set<String>> adopting = productTrusts.adopting(products.stream().map(ProductView::id).toList());
        Map<UUID, Set<UUID>> relying = reliances.trustsRelyingOn(latest.values().stream().map(PassportView::id).toList());
        Map<UUID, String> odsOf = new HashMap<>();
        relying.values().forEach(trusts -> trusts.forEach(t -> odsOf.computeIfAbsent(t,
                id -> directory.organisation(id).map(Directory.OrganisationView::odsCode).orElse(""))));
        Map<UUID, Set<String>> trusts = new HashMap<>();
        for (ProductView product : products) {
            Set<String> codes = new TreeSet<>(adopting.getOrDefault(product.id(), Set.of()));
            PassportView passport = latest.get(product.id());
            if (passport != null) {
                relying.getOrDefault(passport.id(), Set.of()).forEach(t -> codes.add(odsOf.get(t)));
            }
            codes.remove("");
            trusts.put(product.id(), codes);
        }
        Map<String, Set<String>> regions = productTrusts.regionsOf(trusts.values().stream().flatMap(Set::stream).distinct().toList());
        Map<UUID, Reach> reach = new HashMap<>();
        trusts.forEach((product, codes) -> reach.put(product, new Reach(adopting.getOrDefault(product, Set.of()).size(),
                List.copyOf(codes.stream().flatMap(c -> regions.getOrDefault(c, Set.of()).stream()).collect(java.util.stream.Collectors.toCollection(TreeSet::new))))));
        return reach;
    }

    private Map<String, Object> of(ProductView product, Optional<PassportView> passport, String supplierName, Reach reach) {
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
        doc.put("filter_regions", reach.regions());
        doc.put("filter_trustsAdopting", trustsRelying(reach.adopting()));
        doc.put("adoptionCount", reach.adopting());
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

    /** Buckets of a number of trusts (relying on the passport, or having adopted the product), for a facet that reads well. */
    static String trustsRelying(long reliances) {
        if (reliances == 0) {
            return "none";
        }
        return reliances < 5 ? "1-4" : reliances < 20 ? "5-19" : "20+";
    }
}
