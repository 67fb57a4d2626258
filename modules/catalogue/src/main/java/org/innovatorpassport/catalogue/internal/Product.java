package org.innovatorpassport.catalogue.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.innovatorpassport.catalogue.api.ProductAction;
import org.innovatorpassport.catalogue.api.ProductDetails;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.PatientListing;

/** One version of a product; sets are kept as text joined by a bar, which no value may contain. */
@Entity
@Table(name = "product")
class Product {
    private static final String BAR = "|";

    @Id
    UUID id;
    @Column(name = "line_id")
    UUID lineId;
    @Column(name = "supplier_id")
    UUID supplierId;
    String name;
    @Column(name = "product_version")
    String productVersion;
    String summary;
    @Column(name = "intended_purpose")
    String intendedPurpose;
    @Enumerated(EnumType.STRING)
    @Column(name = "intended_users")
    ProductDetails.IntendedUsers intendedUsers;
    @Column(name = "care_settings")
    String careSettings;
    String conditions;
    String platforms;
    @Enumerated(EnumType.STRING)
    @Column(name = "device_class")
    ProductDetails.DeviceClass deviceClass;
    @Enumerated(EnumType.STRING)
    ProductDetails.Marking marking;
    @Enumerated(EnumType.STRING)
    @Column(name = "nice_tier")
    ProductDetails.NiceTier niceTier;
    String standards;
    @Enumerated(EnumType.STRING)
    @Column(name = "pricing_model")
    ProductDetails.PricingModel pricingModel;
    @Column(name = "listing_what_it_does")
    String listingWhatItDoes;
    @Column(name = "listing_who_it_is_for")
    String listingWhoItIsFor;
    @Column(name = "listing_how_to_get_it")
    String listingHowToGetIt;
    @Column(name = "listing_cost_to_patient")
    String listingCostToPatient;
    @Column(name = "listing_data_used")
    String listingDataUsed;
    @Column(name = "listing_data_storage")
    String listingDataStorage;
    @Column(name = "listing_accessibility")
    String listingAccessibility;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Version
    long version;

    void describe(ProductDetails d) {
        name = d.name().trim();
        productVersion = d.version().trim();
        summary = d.summary().trim();
        intendedPurpose = d.intendedPurpose().trim();
        intendedUsers = d.intendedUsers();
        careSettings = join(d.careSettings());
        conditions = join(d.conditions());
        platforms = join(d.platforms().stream().map(Enum::name).toList());
        deviceClass = d.deviceClass();
        marking = d.marking();
        niceTier = d.niceTier();
        standards = join(d.standards().stream().map(Enum::name).toList());
        pricingModel = d.pricingModel();
    }

    void list(PatientListing l) {
        listingWhatItDoes = l == null ? null : l.whatItDoes().trim();
        listingWhoItIsFor = l == null ? null : l.whoItIsFor().trim();
        listingHowToGetIt = l == null ? null : l.howToGetIt().trim();
        listingCostToPatient = l == null ? null : l.costToPatient().trim();
        listingDataUsed = l == null ? null : l.dataUsed().trim();
        listingDataStorage = l == null ? null : l.dataStorage().trim();
        listingAccessibility = l == null ? null : l.accessibility().trim();
    }

    PatientListing listing() {
        return listingWhatItDoes == null ? null : new PatientListing(listingWhatItDoes, listingWhoItIsFor, listingHowToGetIt,
                listingCostToPatient, listingDataUsed, listingDataStorage, listingAccessibility);
    }

    ProductDetails details() {
        return new ProductDetails(name, productVersion, summary, intendedPurpose, intendedUsers, split(careSettings),
                split(conditions), enums(platforms, ProductDetails.Platform::valueOf, ProductDetails.Platform.class),
                deviceClass, marking, niceTier, enums(standards, ProductDetails.Standard::valueOf, ProductDetails.Standard.class),
                pricingModel);
    }

    ProductView view(boolean passported, Set<ProductAction> allowed) {
        return new ProductView(id, lineId, supplierId, details(), listing(), createdAt, updatedAt, version, passported, allowed);
    }

    static boolean joinable(Collection<String> values) {
        return values.stream().noneMatch(v -> v.contains(BAR));
    }

    private static String join(Collection<String> values) {
        return values.stream().map(String::trim).collect(Collectors.joining(BAR));
    }

    private static Set<String> split(String joined) {
        return joined.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(joined.split("\\|")));
    }

    private static <E extends Enum<E>> Set<E> enums(String joined, Function<String, E> parse, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        split(joined).forEach(v -> set.add(parse.apply(v)));
        return set;
    }
}
