package org.innovatorpassport.catalogue.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.innovatorpassport.catalogue.api.PassportStanding;
import org.innovatorpassport.catalogue.api.PatientListing;
import org.innovatorpassport.catalogue.api.ProductDetails;
import org.innovatorpassport.catalogue.api.ProductDetails.IntendedUsers;
import org.innovatorpassport.catalogue.api.ProductView;
import org.junit.jupiter.api.Test;

class StoreShelvesTest {
    private static final PatientListing LISTING = new PatientListing("Reminds you to take your inhaler.", "Adults with asthma.",
            "Ask your GP practice.", "Free", "Your symptoms.", "In the UK.", "Works with screen readers.");

    private static ProductView product(String name, IntendedUsers users, PatientListing listing, String... conditions) {
        return new ProductView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), new ProductDetails(name, "1.0",
                "A summary.", "A purpose.", users, Set.of("Home"), Set.of(conditions), Set.of(), ProductDetails.DeviceClass.NOT_A_DEVICE,
                ProductDetails.Marking.NONE, ProductDetails.NiceTier.B, Set.of(), ProductDetails.PricingModel.FREE), listing,
                Instant.EPOCH, Instant.EPOCH, 0, true, Set.of());
    }

    @Test
    void onlyPatientFacingProductsWithAPassportAndAListingAreInTheStore() {
        PassportStanding passport = new PassportStanding(UUID.randomUUID(), "C", "ISSUED", LocalDate.now(), "S");
        assertTrue(StoreShelves.listed(product("A", IntendedUsers.PATIENTS, LISTING), passport));
        assertTrue(StoreShelves.listed(product("A", IntendedUsers.BOTH, LISTING), passport));
        assertFalse(StoreShelves.listed(product("A", IntendedUsers.CLINICIANS, LISTING), passport), "clinicians only");
        assertFalse(StoreShelves.listed(product("A", IntendedUsers.PATIENTS, null), passport), "no plain-English listing");
        assertFalse(StoreShelves.listed(product("A", IntendedUsers.PATIENTS, LISTING), null), "no reliable passport");
        assertTrue(StoreShelves.admits(product("A", IntendedUsers.PATIENTS, LISTING)), "admitted once its passport is reliable");
    }
}
