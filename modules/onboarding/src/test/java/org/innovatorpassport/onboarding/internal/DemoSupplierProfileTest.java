package org.innovatorpassport.onboarding.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoSupplierProfileTest {

    @Test
    void theDemoHasElevenSuppliersWithWellFormedIdentifiers() {
        List<DemoSupplierProfile.DemoSupplier> suppliers = DemoSupplierProfile.suppliers();
        assertEquals(11, suppliers.size());
        assertEquals(11, suppliers.stream().map(DemoSupplierProfile.DemoSupplier::id).distinct().count());
        for (var s : suppliers) {
            assertTrue(s.registration().companiesHouseNumber().matches("^([0-9]{2}|[A-Za-z]{2})[0-9]{6}$"), s.toString());
            assertTrue(s.registration().icoNumber().matches("^ZA[0-9]{6}$"), s.toString());
        }
        assertEquals("Brightwell Digital Health Ltd", suppliers.get(0).registration().legalName());
    }
}
