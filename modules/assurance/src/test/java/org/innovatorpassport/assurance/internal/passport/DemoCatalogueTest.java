package org.innovatorpassport.assurance.internal.passport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.innovatorpassport.assurance.internal.passport.DemoCatalogue.DemoProduct;
import org.innovatorpassport.assurance.internal.passport.DemoCatalogue.Stage;
import org.innovatorpassport.catalogue.api.ProductDetails.IntendedUsers;
import org.junit.jupiter.api.Test;

/** The demo catalogue tells a story worth looking at: enough products, suppliers, conditions and states. */
class DemoCatalogueTest {
    private final List<DemoProduct> products = DemoCatalogue.products();

    @Test
    void atLeastFortyProductsFromAtLeastTenSuppliers() {
        assertTrue(products.size() >= 40, products.size() + " products");
        assertTrue(products.stream().map(DemoProduct::supplierId).distinct().count() >= 10);
        assertEquals(products.size(), products.stream().map(p -> p.supplierId() + p.details().name() + p.details().version())
                .distinct().count(), "each product once");
    }

    @Test
    void acrossConditionsCareSettingsAndEveryPassportState() {
        Set<String> conditions = products.stream().flatMap(p -> p.details().conditions().stream()).map(String::toLowerCase)
                .collect(Collectors.toSet());
        assertTrue(conditions.containsAll(Set.of("asthma", "copd", "type 2 diabetes", "mental health", "maternity", "dermatology",
                "frailty")), conditions.toString());
        assertTrue(products.stream().flatMap(p -> p.details().careSettings().stream()).distinct().count() >= 6);
        assertEquals(EnumSet.allOf(Stage.class), products.stream().map(DemoProduct::stage).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(Stage.class))));
        assertTrue(products.stream().filter(p -> p.stage() == Stage.ASSURED).count() >= 20);
        assertTrue(products.stream().filter(p -> !p.reliedOnBy().isEmpty()).count() >= 20, "reliances from the demo trusts");
    }

    @Test
    void everyPatientFacingProductHasAListingAndEveryTextFitsItsDeclaredLimits() throws Exception {
        for (DemoProduct p : products) {
            assertFits(p.details());
            if (p.details().intendedUsers() != IntendedUsers.CLINICIANS) {
                assertTrue(p.listing() != null, p.details().name() + " has no listing");
                assertFits(p.listing());
            }
        }
        assertTrue(products.stream().filter(p -> p.listing() != null && p.stage() == Stage.ASSURED).count() >= 10,
                "the Health Store has something to show");
    }

    /** The record's own @NotBlank and @Size on its text components (no validator on the test class path). */
    private static void assertFits(Record record) throws Exception {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getType() != String.class) {
                continue;
            }
            String value = (String) c.getAccessor().invoke(record);
            if (c.getAccessor().getDeclaringClass().getDeclaredField(c.getName()).isAnnotationPresent(NotBlank.class)
                    || c.isAnnotationPresent(NotBlank.class)) {
                assertTrue(value != null && !value.isBlank(), c.getName() + " of " + record);
            }
            Size size = c.getAnnotation(Size.class);
            if (size != null) {
                assertTrue(value.length() <= size.max(), c.getName() + " is longer than " + size.max() + ": " + value);
            }
        }
    }
}
