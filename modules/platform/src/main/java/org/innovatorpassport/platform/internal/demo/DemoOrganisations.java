package org.innovatorpassport.platform.internal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovatorpassport.platform.api.Directory;
import org.innovatorpassport.platform.api.Directory.NewOrganisation;
import org.innovatorpassport.platform.api.Directory.NewUser;
import org.innovatorpassport.platform.api.OrganisationKind;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.platform.api.SchemaReady;

/**
 * The demo organisations and one user of each kind, loaded at start when {@code PASSPORT_DEMO_DATA}
 * is true. Fixed ids make it idempotent: a second start finds them and changes nothing.
 */
@ApplicationScoped
public class DemoOrganisations {
    public static final String PASSWORD = "demo-passport-2026";
    public static final UUID SUPPLIER = UUID.fromString("00000000-0000-4000-8000-000000000101");
    public static final UUID ASSURANCE_BODY = UUID.fromString("00000000-0000-4000-8000-000000000201");
    public static final UUID TRUST_READING = UUID.fromString("00000000-0000-4000-8000-000000000301");
    public static final UUID TRUST_OXFORD = UUID.fromString("00000000-0000-4000-8000-000000000302");
    public static final UUID TRUST_BUCKS = UUID.fromString("00000000-0000-4000-8000-000000000303");
    public static final UUID BOARD = UUID.fromString("00000000-0000-4000-8000-000000000401");
    public static final UUID PLATFORM = UUID.fromString("00000000-0000-4000-8000-000000000501");
    private static final Logger LOG = Logger.getLogger(DemoOrganisations.class.getName());

    @Inject
    Directory directory;

    @Inject
    @ConfigProperty(name = "PASSPORT_DEMO_DATA", defaultValue = "false")
    boolean enabled;

    @Transactional
    void load(@Observes @jakarta.annotation.Priority(1000) SchemaReady ready) {
        if (!enabled) {
            return;
        }
        organisation(SUPPLIER, OrganisationKind.SUPPLIER, "Brightwell Digital Health Ltd", null);
        organisation(ASSURANCE_BODY, OrganisationKind.ASSURANCE_BODY, "National Digital Assurance Service", null);
        organisation(TRUST_READING, OrganisationKind.NHS_TRUST, "Royal Berkshire NHS Foundation Trust", "RHW");
        organisation(TRUST_OXFORD, OrganisationKind.NHS_TRUST, "Oxford University Hospitals NHS Foundation Trust", "RTH");
        organisation(TRUST_BUCKS, OrganisationKind.NHS_TRUST, "Buckinghamshire Healthcare NHS Trust", "RXQ");
        organisation(BOARD, OrganisationKind.REGIONAL_BOARD, "Thames Valley Regional Innovation Board", null);
        organisation(PLATFORM, OrganisationKind.PLATFORM, "Innovator Passport", null);

        user("00000000-0000-4000-8000-000000001101", SUPPLIER, "supplier@demo.innovatorpassport.org", "Sam Supplier", Set.of(Roles.SUPPLIER_ADMIN));
        user("00000000-0000-4000-8000-000000001201", ASSURANCE_BODY, "assessor@demo.innovatorpassport.org", "Alex Assessor", Set.of());
        user("00000000-0000-4000-8000-000000001301", TRUST_READING, "trust@demo.innovatorpassport.org", "Taylor Trust (Reading)", Set.of());
        user("00000000-0000-4000-8000-000000001302", TRUST_OXFORD, "trust.oxford@demo.innovatorpassport.org", "Olu Trust (Oxford)", Set.of());
        user("00000000-0000-4000-8000-000000001303", TRUST_BUCKS, "trust.bucks@demo.innovatorpassport.org", "Bea Trust (Bucks)", Set.of());
        user("00000000-0000-4000-8000-000000001401", BOARD, "board@demo.innovatorpassport.org", "Bo Board", Set.of());
        user("00000000-0000-4000-8000-000000001501", PLATFORM, "admin@demo.innovatorpassport.org", "Ada Admin", Set.of());
        LOG.info("demo organisations and users are in place");
    }

    private void organisation(UUID id, OrganisationKind kind, String name, String ods) {
        if (directory.organisation(id).isEmpty()) {
            directory.createOrganisation(new NewOrganisation(id, kind, name, ods));
        }
    }

    private void user(String id, UUID organisation, String email, String name, Set<String> extraRoles) {
        if (directory.userByEmail(email).isEmpty()) {
            directory.createUser(new NewUser(UUID.fromString(id), organisation, email, name, PASSWORD, extraRoles));
        }
    }
}
