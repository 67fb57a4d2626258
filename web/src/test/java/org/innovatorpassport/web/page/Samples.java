package org.innovatorpassport.web.page;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.innovatorpassport.assurance.api.CriterionState;
import org.innovatorpassport.assurance.api.EvidenceView;
import org.innovatorpassport.assurance.api.PassportAction;
import org.innovatorpassport.assurance.api.PassportEvidence;
import org.innovatorpassport.assurance.api.PassportSignature;
import org.innovatorpassport.assurance.api.PassportStatus;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.SubmissionAction;
import org.innovatorpassport.assurance.api.SubmissionStatus;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.catalogue.api.ProductDetails;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.OrganisationKind;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.templates.api.Template;
import org.innovatorpassport.templates.api.Templates;
import org.innovatorpassport.templates.internal.JsonTemplateLibrary;

/** Api records as the modules would give them, for rendering templates with no server. */
final class Samples {
    static final Templates TEMPLATES = JsonTemplateLibrary.loadBuiltIn();
    static final UUID SUPPLIER_ID = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final Instant NOW = Instant.parse("2026-12-04T10:15:00Z");

    private Samples() {
    }

    static Optional<Caller> caller(String role, OrganisationKind kind, String organisation) {
        Set<String> roles = role.equals(Roles.SUPPLIER) ? Set.of(Roles.SUPPLIER, Roles.SUPPLIER_ADMIN) : Set.of(role);
        return Optional.of(new Caller(UUID.randomUUID(), role + "@example.org", "Sam <Tester>",
                role.equals(Roles.SUPPLIER) ? SUPPLIER_ID : UUID.randomUUID(), organisation, kind, roles));
    }

    static Optional<Caller> supplier() {
        return caller(Roles.SUPPLIER, OrganisationKind.SUPPLIER, "Brightwell Digital Health Ltd");
    }

    static Optional<Caller> assessor() {
        return caller(Roles.ASSESSOR, OrganisationKind.ASSURANCE_BODY, "National Digital Assurance Service");
    }

    static Optional<Caller> trust() {
        return caller(Roles.TRUST, OrganisationKind.NHS_TRUST, "Royal Berkshire");
    }

    static PassportView passport(PassportStatus status, Set<PassportAction> allowed) {
        return new PassportView(UUID.randomUUID(), "IP-AB12-CD34", UUID.randomUUID(), "BreatheWell <script>", "2.1", SUPPLIER_ID,
                "Brightwell Digital Health Ltd", UUID.randomUUID(), "dtac", "2", "National Digital Assurance Service", "Alex Assessor",
                LocalDate.of(2026, 4, 6), LocalDate.of(2027, 4, 5), status, status == PassportStatus.SUSPENDED ? "Pen test lapsed" : null,
                List.of(new PassportEvidence(UUID.randomUUID(), "CYBER_ESSENTIALS", "CE-1234", "IASME", LocalDate.of(2026, 4, 6),
                        LocalDate.of(2027, 4, 5), "ab".repeat(32), "Alex Assessor")),
                List.of("Patients must sign in with NHS login."), List.of(),
                new PassportSignature("eyJ.x.y", true, "kid-1", "http://localhost", null), null, 2,
                allowed.isEmpty() ? EnumSet.noneOf(PassportAction.class) : EnumSet.copyOf(allowed));
    }

    static Template dtac() {
        return TEMPLATES.find("dtac", "2").orElseThrow();
    }

    static SubmissionView submission(SubmissionStatus status, Set<SubmissionAction> allowed) {
        Template template = dtac();
        List<CriterionState> criteria = template.criteria().stream()
                .map(c -> new CriterionState(c.code(), "", c.question(), true, null, null, null)).toList();
        return new SubmissionView(UUID.randomUUID(), UUID.randomUUID(), SUPPLIER_ID, "Brightwell Digital Health Ltd", "dtac", "2",
                status, null, criteria, Map.of("C1.1", "Answer this question"), List.of("CYBER_ESSENTIALS"), false, List.of("C1.1"),
                Map.of(), null, NOW, NOW, 3, allowed.isEmpty() ? EnumSet.noneOf(SubmissionAction.class) : EnumSet.copyOf(allowed));
    }

    static EvidenceView evidence() {
        return new EvidenceView(UUID.randomUUID(), SUPPLIER_ID, "CYBER_ESSENTIALS", "CE-1234", "IASME", LocalDate.of(2026, 4, 6),
                LocalDate.of(2027, 4, 5), "ce.pdf", 1000, "cd".repeat(32), 2, List.of("JavaScript"), 1, null, "supplier@example.org", NOW);
    }

    static ProductView product() {
        return new ProductView(UUID.randomUUID(), UUID.randomUUID(), SUPPLIER_ID, new ProductDetails("BreatheWell", "2.1",
                "Helps people with asthma.", "Self-management of asthma.", ProductDetails.IntendedUsers.PATIENTS,
                Set.of("Primary care"), Set.of("Asthma"), Set.of(ProductDetails.Platform.IOS), ProductDetails.DeviceClass.NOT_A_DEVICE,
                ProductDetails.Marking.NONE, ProductDetails.NiceTier.B, Set.of(ProductDetails.Standard.FHIR),
                ProductDetails.PricingModel.FREE), new org.innovatorpassport.catalogue.api.PatientListing(
                "Helps you keep track of your asthma.", "Adults with asthma.", "Ask your GP practice.", "Free",
                "Your symptoms and inhaler use.", "In the UK.", "Works with screen readers."), NOW, NOW, 4, false,
                java.util.EnumSet.allOf(org.innovatorpassport.catalogue.api.ProductAction.class));
    }
}
