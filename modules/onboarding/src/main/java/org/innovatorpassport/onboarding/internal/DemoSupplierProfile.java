package org.innovatorpassport.onboarding.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovatorpassport.onboarding.api.Registration;
import org.innovatorpassport.platform.api.Directory;
import org.innovatorpassport.platform.api.OrganisationKind;
import org.innovatorpassport.platform.api.SchemaReady;

/**
 * The demo suppliers, organisations and registered details, from the checked-in {@code demo/suppliers.tsv},
 * after the platform's demo organisations exist. Fixed ids make it idempotent: a supplier already
 * there is left alone.
 */
@ApplicationScoped
class DemoSupplierProfile {
    private static final Logger LOG = Logger.getLogger(DemoSupplierProfile.class.getName());

    /** One line of the file: the organisation and what it registered. */
    record DemoSupplier(UUID id, Registration registration) {
    }

    @Inject
    JpaOnboarding onboarding;

    @Inject
    Directory directory;

    @Inject
    @ConfigProperty(name = "PASSPORT_DEMO_DATA", defaultValue = "false")
    boolean enabled;

    @Transactional
    void load(@Observes @Priority(2000) SchemaReady ready) {
        if (!enabled) {
            return;
        }
        List<DemoSupplier> suppliers = suppliers();
        for (DemoSupplier s : suppliers) {
            if (directory.organisation(s.id()).isEmpty()) {
                directory.createOrganisation(new Directory.NewOrganisation(s.id(), OrganisationKind.SUPPLIER,
                        s.registration().legalName(), null));
            }
            onboarding.adoptExisting(s.id(), s.registration());
        }
        LOG.info(suppliers.size() + " demo suppliers are in place");
    }

    static List<DemoSupplier> suppliers() {
        List<DemoSupplier> suppliers = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                DemoSupplierProfile.class.getResourceAsStream("/demo/suppliers.tsv"), "demo/suppliers.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                suppliers.add(new DemoSupplier(UUID.fromString(f[0]), new Registration(f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8],
                        "not-used-here")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return suppliers;
    }
}
