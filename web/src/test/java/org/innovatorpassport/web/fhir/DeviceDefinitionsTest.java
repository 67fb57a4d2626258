package org.innovatorpassport.web.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.hl7.fhir.r4.model.DeviceDefinition;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.innovatorpassport.assurance.api.DirectoryEntry;
import org.innovatorpassport.assurance.api.PassportStatus;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.catalogue.api.ProductView;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.innovatorpassport.assurance.api.PassportSignature;
import org.innovatorpassport.catalogue.api.ProductDetails;
import org.junit.jupiter.api.Test;

/** What a FHIR client reads back, through HAPI's own parser, from what the directory writes. */
class DeviceDefinitionsTest {
    private static final DirectoryNames NAMES = new DirectoryNames("https://passport.example/");
    private final FhirJson json = new FhirJson();

    private DeviceDefinition roundTrip(DirectoryEntry entry, ProductView product) {
        byte[] written = json.write(new DeviceDefinitions(NAMES).of(entry, product));
        return FhirContext.forR4Cached().newJsonParser().parseResource(DeviceDefinition.class, new String(written, StandardCharsets.UTF_8));
    }

    @Test
    void carriesThePassportAndTheProductsTierAndUsers() {
        PassportView passport = passport(PassportStatus.SUSPENDED);
        Instant changed = Instant.parse("2026-05-01T12:00:00Z");
        DeviceDefinition device = roundTrip(new DirectoryEntry(passport, changed), product());

        assertEquals(passport.productId().toString(), device.getIdElement().getIdPart());
        assertEquals(changed, device.getMeta().getLastUpdated().toInstant());
        Identifier code = device.getIdentifier().get(0);
        assertEquals("https://passport.example/fhir/sid/passport-code", code.getSystem());
        assertEquals(passport.code(), code.getValue());
        assertEquals(Instant.parse("2027-04-05T00:00:00Z"), code.getPeriod().getEnd().toInstant());
        assertEquals("Organization/" + passport.supplierId(), device.getManufacturerReference().getReference());
        assertEquals(passport.productName(), device.getDeviceNameFirstRep().getName());
        assertEquals(passport.productVersion(), device.getVersion().get(0).getValue());
        assertEquals("suspended", property(device, DeviceDefinitions.PASSPORT_STATUS));
        assertEquals("2027-04-05", device.getProperty().stream().filter(p -> p.getType().getCodingFirstRep().getCode()
                .equals(DeviceDefinitions.PASSPORT_EXPIRY)).findFirst().orElseThrow().getValueCodeFirstRep().getText());
        assertEquals("B", property(device, DeviceDefinitions.NICE_ESF_TIER));
        assertEquals("patients", property(device, DeviceDefinitions.INTENDED_USERS));
        assertTrue(device.getOnlineInformation().endsWith("/verify/" + passport.code()));
    }

    @Test
    void aProductTheCatalogueNoLongerHoldsStillShowsItsPassport() {
        DeviceDefinition device = roundTrip(new DirectoryEntry(passport(PassportStatus.ISSUED), Instant.now()), null);
        assertEquals("issued", property(device, DeviceDefinitions.PASSPORT_STATUS));
        assertTrue(device.getProperty().stream().noneMatch(p -> p.getType().getCodingFirstRep().getCode()
                .equals(DeviceDefinitions.NICE_ESF_TIER)));
    }

    @Test
    void refusalsAreOperationOutcomes() {
        byte[] written = json.write(FhirJson.outcome("not-found", "No DeviceDefinition/x"));
        OperationOutcome outcome = FhirContext.forR4Cached().newJsonParser()
                .parseResource(OperationOutcome.class, new String(written, StandardCharsets.UTF_8));
        assertEquals(OperationOutcome.IssueType.NOTFOUND, outcome.getIssueFirstRep().getCode());
        assertEquals("No DeviceDefinition/x", outcome.getIssueFirstRep().getDiagnostics());
    }

    @Test
    void theCapabilityStatementParses() {
        byte[] written = json.write(DirectoryCapabilities.statement("https://passport.example/fhir"));
        org.hl7.fhir.r4.model.CapabilityStatement statement = FhirContext.forR4Cached().newJsonParser()
                .parseResource(org.hl7.fhir.r4.model.CapabilityStatement.class, new String(written, StandardCharsets.UTF_8));
        assertEquals(2, statement.getRestFirstRep().getResource().size());
        assertEquals("4.0.1", statement.getFhirVersion().toCode());
    }

    private static PassportView passport(PassportStatus status) {
        return new PassportView(UUID.randomUUID(), "IP-AB12-CD34", UUID.randomUUID(), "BreatheWell", "2.1", UUID.randomUUID(),
                "Brightwell Digital Health Ltd", UUID.randomUUID(), "dtac", "2", "National Digital Assurance Service", "Alex Assessor",
                LocalDate.of(2026, 4, 6), LocalDate.of(2027, 4, 5), status, null, List.of(), List.of(), List.of(),
                new PassportSignature("eyJ.x.y", true, "kid-1", "http://localhost", null), null, 0, Set.of());
    }

    private static ProductView product() {
        return new ProductView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), new ProductDetails("BreatheWell", "2.1",
                "Helps people with asthma.", "Self-management of asthma.", ProductDetails.IntendedUsers.PATIENTS,
                Set.of("Primary care"), Set.of("Asthma"), Set.of(ProductDetails.Platform.IOS), ProductDetails.DeviceClass.NOT_A_DEVICE,
                ProductDetails.Marking.NONE, ProductDetails.NiceTier.B, Set.of(ProductDetails.Standard.FHIR),
                ProductDetails.PricingModel.FREE), new org.innovatorpassport.catalogue.api.PatientListing(
                "Helps you keep track of your asthma.", "Adults with asthma.", "Ask your GP practice.", "Free",
                "Your symptoms and inhaler use.", "In the UK.", "Works with screen readers."), Instant.now(), Instant.now(), 4, true,
                java.util.EnumSet.noneOf(org.innovatorpassport.catalogue.api.ProductAction.class));
    }

    private static String property(DeviceDefinition device, String type) {
        return device.getProperty().stream().filter(p -> p.getType().getCodingFirstRep().getCode().equals(type))
                .findFirst().orElseThrow().getValueCodeFirstRep().getCodingFirstRep().getCode();
    }
}
