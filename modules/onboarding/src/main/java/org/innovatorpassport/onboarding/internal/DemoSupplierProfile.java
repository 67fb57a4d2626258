package org.innovatorpassport.onboarding.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovatorpassport.onboarding.api.Registration;
import org.innovatorpassport.platform.api.SchemaReady;

/** The demo supplier's registered details, after the platform's demo organisations exist. */
@ApplicationScoped
class DemoSupplierProfile {
    static final UUID DEMO_SUPPLIER = UUID.fromString("00000000-0000-4000-8000-000000000101");

    @Inject
    JpaOnboarding onboarding;

    @Inject
    @ConfigProperty(name = "PASSPORT_DEMO_DATA", defaultValue = "false")
    boolean enabled;

    void load(@Observes @Priority(2000) SchemaReady ready) {
        if (enabled) {
            onboarding.adoptExisting(DEMO_SUPPLIER, new Registration("Brightwell Digital Health Ltd", "09876543",
                    "1 Kings Road, Reading RG1 3AR", "ZA123456", "8J5K2", "Sam Supplier",
                    "supplier@demo.innovatorpassport.org", "0118 496 0000", "not-used-here"));
        }
    }
}
