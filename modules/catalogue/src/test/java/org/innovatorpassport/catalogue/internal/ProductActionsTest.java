package org.innovatorpassport.catalogue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.innovatorpassport.catalogue.api.ProductAction;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.OrganisationKind;
import org.innovatorpassport.platform.api.Problem;
import org.junit.jupiter.api.Test;

class ProductActionsTest {
    private static final UUID SUPPLIER = UUID.randomUUID();

    private static Optional<Caller> userOf(UUID organisation, String role) {
        return Optional.of(new Caller(UUID.randomUUID(), "a@b.example", "A", organisation, "Org", OrganisationKind.SUPPLIER,
                Set.of(role)));
    }

    @Test
    void itsSupplierEditsAVersionThatHasNoPassport() {
        assertEquals(EnumSet.allOf(ProductAction.class), ProductActions.allowed(SUPPLIER, false, userOf(SUPPLIER, "supplier")));
    }

    @Test
    void aPassportFixesTheDetailsButNotTheListingOrTheNextVersion() {
        assertEquals(EnumSet.of(ProductAction.NEW_VERSION, ProductAction.EDIT_LISTING),
                ProductActions.allowed(SUPPLIER, true, userOf(SUPPLIER, "supplier")));
    }

    @Test
    void nobodyElseChangesIt() {
        assertTrue(ProductActions.allowed(SUPPLIER, false, userOf(UUID.randomUUID(), "supplier")).isEmpty());
        assertTrue(ProductActions.allowed(SUPPLIER, false, userOf(UUID.randomUUID(), "trust")).isEmpty());
        assertTrue(ProductActions.allowed(SUPPLIER, false, Optional.empty()).isEmpty());
    }

    @Test
    void aRefusedEditIsAConflictThatSaysToStartANewVersion() {
        Problem refused = ProductActions.fixedByPassport("BreatheWell", "2.1");
        assertEquals(409, refused.status());
        assertTrue(refused.detail().contains("Start a new version"), refused.detail());
    }
}
