package org.innovatorpassport.onboarding.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.innovatorpassport.platform.api.ModuleSchema;

@ApplicationScoped
class OnboardingSchema {

    @PersistenceUnit(unitName = "onboarding")
    EntityManagerFactory onboarding;

    @Produces
    ModuleSchema onboardingSchema() {
        return new ModuleSchema("onboarding", "db/migration/onboarding", onboarding, 10);
    }
}
