package org.innovatorpassport.web.fhir;

import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.ResourceInteractionComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations;

/** What the directory can do, for {@code /fhir/metadata}: read and search two resource types, in JSON. */
final class DirectoryCapabilities {
    private static final Date PUBLISHED = new Date(1_796_601_600_000L); // 2026-12-07, when this statement last changed

    private DirectoryCapabilities() {
    }

    static CapabilityStatement statement(String base) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setId("innovator-passport-directory");
        statement.setName("InnovatorPassportDirectory");
        statement.setTitle("Innovator Passport directory of assured products");
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDate(PUBLISHED);
        statement.setPublisher("Innovator Passport");
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.addFormat("application/fhir+json");
        statement.getSoftware().setName("Innovator Passport");
        statement.getImplementation().setDescription("Assured digital health products and their suppliers").setUrl(base);
        CapabilityStatement.CapabilityStatementRestComponent rest = statement.addRest()
                .setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.setDocumentation("Read-only and public: no authentication. Search results are paged with _count "
                + "(at most " + DirectoryQuery.MAX_COUNT + ") and _offset; follow the Bundle's next link.");
        CapabilityStatementRestResourceComponent devices = resource(rest, "DeviceDefinition",
                "A product version with a current innovator passport: its code, status and dates, NICE ESF tier and intended users");
        search(devices, "name", "Product name, ignoring case: starts with; name:contains and name:exact also work");
        devices.addSearchParam().setName("_lastUpdated").setType(Enumerations.SearchParamType.DATE)
                .setDocumentation("When the passport last changed; eq, ge, gt, le and lt prefixes");
        CapabilityStatementRestResourceComponent suppliers = resource(rest, "Organization",
                "A supplier with at least one product in the directory");
        search(suppliers, "name", "Supplier name, ignoring case: starts with; name:contains and name:exact also work");
        return statement;
    }

    private static CapabilityStatementRestResourceComponent resource(CapabilityStatement.CapabilityStatementRestComponent rest,
                                                                     String type, String documentation) {
        CapabilityStatementRestResourceComponent resource = rest.addResource().setType(type).setDocumentation(documentation);
        resource.addInteraction(new ResourceInteractionComponent().setCode(TypeRestfulInteraction.READ));
        resource.addInteraction(new ResourceInteractionComponent().setCode(TypeRestfulInteraction.SEARCHTYPE));
        resource.setVersioning(CapabilityStatement.ResourceVersionPolicy.NOVERSION);
        return resource;
    }

    private static void search(CapabilityStatementRestResourceComponent resource, String name, String documentation) {
        resource.addSearchParam().setName(name).setType(Enumerations.SearchParamType.STRING).setDocumentation(documentation);
    }
}
