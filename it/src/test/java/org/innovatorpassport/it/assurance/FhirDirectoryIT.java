package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.DeviceDefinition;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.innovatorpassport.it.assurance.IssuedPassports.Issued;
import org.innovatorpassport.it.assurance.Suppliers.Supplier;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;
import org.innovatorpassport.it.support.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A FHIR client reads the catalogue: two passports are issued through the REST API, then every answer
 * of /fhir is parsed with HAPI's own R4 parser and what it says is checked against what the catalogue
 * and the passport API say about the same products and suppliers, including paging by the Bundle's
 * links, searches by name and by last update, a suspension showing through, and refusals as
 * OperationOutcomes.
 */
@ExtendWith(ArquillianExtension.class)
class FhirDirectoryIT {
    private static final IParser PARSER = FhirContext.forR4Cached().newJsonParser();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aFhirClientReadsTheAssuredProductsAndTheirSuppliers() {
        Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);
        Issued first = IssuedPassports.issue(base);
        Issued second = IssuedPassports.issue(base);
        Http fhir = Http.anonymous(base);

        CapabilityStatement statement = read(fhir, "/fhir/metadata", CapabilityStatement.class);
        assertEquals("4.0.1", statement.getFhirVersion().toCode());
        assertEquals(List.of("DeviceDefinition", "Organization"),
                statement.getRestFirstRep().getResource().stream().map(r -> r.getType()).toList());

        DeviceDefinition device = read(fhir, "/fhir/DeviceDefinition/" + productId(first), DeviceDefinition.class);
        matchesTheCatalogue(device, first);

        String name = productName(first);
        Bundle byName = read(fhir, "/fhir/DeviceDefinition?name:contains=" + query(name.substring(name.lastIndexOf(' ') + 1)),
                Bundle.class);
        assertEquals(Bundle.BundleType.SEARCHSET, byName.getType());
        assertEquals(1, byName.getTotal(), "the product's own random word finds only it");
        matchesTheCatalogue((DeviceDefinition) byName.getEntryFirstRep().getResource(), first);
        assertTrue(byName.getEntryFirstRep().getFullUrl().endsWith("/fhir/DeviceDefinition/" + productId(first)));
        Bundle exact = read(fhir, "/fhir/DeviceDefinition?name:exact=" + query(name.toUpperCase(Locale.ROOT)), Bundle.class);
        assertEquals(1, exact.getTotal(), "an exact name ignores case");

        pagesFollowTheirLinks(fhir, first, second);

        Bundle recent = read(fhir, "/fhir/DeviceDefinition?name=" + query(name) + "&_lastUpdated=ge" + before, Bundle.class);
        assertEquals(1, recent.getTotal(), "changed since the test began");
        assertEquals(0, read(fhir, "/fhir/DeviceDefinition?name=" + query(name) + "&_lastUpdated=lt" + before, Bundle.class).getTotal());
        assertEquals(0, read(fhir, "/fhir/DeviceDefinition?name=" + query(name) + "&_lastUpdated=gt"
                + LocalDate.now(ZoneOffset.UTC).plusDays(1), Bundle.class).getTotal());
        assertEquals(1, read(fhir, "/fhir/DeviceDefinition?name=" + query(name) + "&_lastUpdated=le"
                + LocalDate.now(ZoneOffset.UTC).plusDays(1) + "&_lastUpdated=gt2020", Bundle.class).getTotal());

        suppliersAreOrganizations(fhir, first.supplier());

        Instant beforeSuspension = Instant.now().minusMillis(1);
        Reply suspended = Http.as(base, Demo.ASSESSOR).post("/api/passports/" + first.id() + "/suspension",
                Json.createObjectBuilder().add("reason", "Penetration test has lapsed").build().toString());
        assertEquals(200, suspended.status(), suspended.body());
        DeviceDefinition after = read(fhir, "/fhir/DeviceDefinition/" + productId(first), DeviceDefinition.class);
        assertEquals("suspended", property(after, "passport-status"), "a suspension shows in the directory");
        assertFalse(after.getMeta().getLastUpdated().toInstant().isBefore(beforeSuspension), "and moves its last update");
        assertEquals(1, read(fhir, "/fhir/DeviceDefinition?name=" + query(name) + "&_lastUpdated=ge" + beforeSuspension,
                Bundle.class).getTotal());

        refusalsAreOperationOutcomes(fhir);
    }

    private void matchesTheCatalogue(DeviceDefinition device, Issued issued) {
        JsonObject passport = Http.as(base, Demo.TRUST).get("/api/passports/" + issued.id()).json();
        JsonObject product = issued.supplier().http().get("/api/products/" + productId(issued)).json();
        JsonObject details = product.containsKey("details") ? product.getJsonObject("details") : product;
        assertEquals(productId(issued), device.getIdElement().getIdPart());
        Identifier code = device.getIdentifier().stream().filter(i -> i.getSystem().endsWith("/passport-code")).findFirst().orElseThrow();
        assertEquals(Views.text(passport, "code"), code.getValue());
        assertEquals(Views.date(passport, "expiresOn").toString(), property(device, "passport-expiry"));
        assertEquals(Views.date(passport, "expiresOn"), LocalDate.ofInstant(code.getPeriod().getEnd().toInstant(), ZoneOffset.UTC));
        assertEquals(Views.date(passport, "issuedOn"), LocalDate.ofInstant(code.getPeriod().getStart().toInstant(), ZoneOffset.UTC));
        assertEquals(Views.text(passport, "status").toLowerCase(Locale.ROOT), property(device, "passport-status"));
        assertEquals(Views.text(details, "name"), device.getDeviceNameFirstRep().getName());
        assertEquals(Views.text(details, "version"), device.getVersion().get(0).getValue());
        assertEquals(Views.text(details, "niceTier"), property(device, "nice-esf-tier"));
        assertEquals(Views.text(details, "intendedUsers").toLowerCase(Locale.ROOT), property(device, "intended-users"));
        assertEquals("Organization/" + issued.supplier().organisationId(), device.getManufacturerReference().getReference());
        assertEquals(Views.text(passport, "supplierName"), device.getManufacturerReference().getDisplay());
        assertTrue(device.getOnlineInformation().endsWith("/verify/" + code.getValue()), device.getOnlineInformation());
    }

    /** One entry a page: the second page is reached by the first's next link and leads back by its previous link. */
    private void pagesFollowTheirLinks(Http fhir, Issued first, Issued second) {
        Bundle page1 = read(fhir, "/fhir/DeviceDefinition?name=obs%20planner&_count=1", Bundle.class);
        assertTrue(page1.getTotal() >= 2, "both passports' products are Obs Planners: " + page1.getTotal());
        assertEquals(1, page1.getEntry().size());
        assertNull(page1.getLink("previous"));
        assertNotNull(page1.getLink("next"), "more than one page");
        Bundle page2 = read(fhir, page1.getLink("next").getUrl(), Bundle.class);
        assertEquals(1, page2.getEntry().size());
        assertNotEquals(page1.getEntryFirstRep().getResource().getIdElement().getIdPart(),
                page2.getEntryFirstRep().getResource().getIdElement().getIdPart(), "pages do not overlap");
        Bundle back = read(fhir, page2.getLink("previous").getUrl(), Bundle.class);
        assertEquals(page1.getEntryFirstRep().getResource().getIdElement().getIdPart(),
                back.getEntryFirstRep().getResource().getIdElement().getIdPart());
        Bundle all = read(fhir, "/fhir/DeviceDefinition?name=obs%20planner&_count=100", Bundle.class);
        List<String> ids = all.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
        assertTrue(ids.contains(productId(first)) && ids.contains(productId(second)), ids.toString());
        assertEquals(ids.size(), ids.stream().distinct().count(), "one entry per product version");
        Bundle counted = read(fhir, "/fhir/DeviceDefinition?_count=0", Bundle.class);
        assertTrue(counted.getTotal() >= 2 && counted.getEntry().isEmpty(), "_count=0 answers the total alone");
    }

    private void suppliersAreOrganizations(Http fhir, Supplier supplier) {
        Organization organization = read(fhir, "/fhir/Organization/" + supplier.organisationId(), Organization.class);
        assertEquals(supplier.legalName(), organization.getName());
        assertEquals(supplier.companiesHouseNumber(), identifier(organization, "/companies-house-number"));
        assertEquals(supplier.icoNumber(), identifier(organization, "/ico-registration-number"));
        assertEquals(supplier.dsptOdsCode(), identifier(organization, "https://fhir.nhs.uk/Id/ods-organization-code"));
        assertEquals(supplier.registeredAddress(), organization.getAddressFirstRep().getText());
        assertFalse(PARSER.encodeResourceToString(organization).contains(supplier.contactEmail()), "no contact person's details");

        String word = supplier.legalName().split(" ")[2];
        Bundle found = read(fhir, "/fhir/Organization?name:contains=" + query(word), Bundle.class);
        assertEquals(1, found.getTotal());
        assertEquals(supplier.organisationId(), found.getEntryFirstRep().getResource().getIdElement().getIdPart());
        assertEquals(supplier.legalName(), ((Organization) found.getEntryFirstRep().getResource()).getName());
        Bundle some = read(fhir, "/fhir/Organization?name=integration%20health&_count=1", Bundle.class);
        assertTrue(some.getTotal() >= 2 && some.getEntry().size() == 1 && some.getLink("next") != null, "suppliers page too");
    }

    private void refusalsAreOperationOutcomes(Http fhir) {
        refused(fhir, "/fhir/DeviceDefinition/" + UUID.randomUUID(), 404, OperationOutcome.IssueType.NOTFOUND);
        refused(fhir, "/fhir/DeviceDefinition/not-an-id", 404, OperationOutcome.IssueType.NOTFOUND);
        refused(fhir, "/fhir/Organization/" + UUID.randomUUID(), 404, OperationOutcome.IssueType.NOTFOUND);
        refused(fhir, "/fhir/DeviceDefinition?colour=red", 400, OperationOutcome.IssueType.NOTSUPPORTED);
        refused(fhir, "/fhir/DeviceDefinition?_lastUpdated=ge-yesterday", 400, OperationOutcome.IssueType.INVALID);
        refused(fhir, "/fhir/DeviceDefinition?_lastUpdated=ge2026-01-01T10:00", 400, OperationOutcome.IssueType.INVALID);
        refused(fhir, "/fhir/DeviceDefinition?_count=1000", 400, OperationOutcome.IssueType.INVALID);
        refused(fhir, "/fhir/DeviceDefinition?_offset=x", 400, OperationOutcome.IssueType.INVALID);
        refused(fhir, "/fhir/Organization?_lastUpdated=ge2026", 400, OperationOutcome.IssueType.NOTSUPPORTED);
        refused(fhir, "/fhir/Patient", 404, OperationOutcome.IssueType.NOTSUPPORTED);
        refused(fhir, "/fhir/Patient/123", 404, OperationOutcome.IssueType.NOTSUPPORTED);
    }

    private void refused(Http fhir, String path, int status, OperationOutcome.IssueType code) {
        Reply reply = fhir.get(path);
        assertEquals(status, reply.status(), path + ": " + reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/fhir+json"), path + ": " + reply.header("Content-Type"));
        OperationOutcome outcome = PARSER.parseResource(OperationOutcome.class, reply.body());
        assertEquals(code, outcome.getIssueFirstRep().getCode(), path + ": " + reply.body());
        assertFalse(outcome.getIssueFirstRep().getDiagnostics().isBlank());
    }

    private static <T extends IBaseResource> T read(Http fhir, String path, Class<T> type) {
        Reply reply = fhir.get(path);
        assertEquals(200, reply.status(), path + ": " + reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/fhir+json"), path + ": " + reply.header("Content-Type"));
        return PARSER.parseResource(type, reply.body());
    }

    private static String property(DeviceDefinition device, String type) {
        var value = device.getProperty().stream().filter(p -> p.getType().getCodingFirstRep().getCode().equals(type))
                .findFirst().orElseThrow(() -> new AssertionError("no property " + type)).getValueCodeFirstRep();
        return value.hasCoding() ? value.getCodingFirstRep().getCode() : value.getText();
    }

    private static String identifier(Organization organization, String systemEnd) {
        return organization.getIdentifier().stream().filter(i -> i.getSystem().endsWith(systemEnd)).findFirst()
                .map(Identifier::getValue).orElse(null);
    }

    private static String productId(Issued issued) {
        return Views.text(issued.passport(), "productId");
    }

    private static String productName(Issued issued) {
        return Views.text(issued.passport(), "productName");
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
