package org.innovatorpassport.web.fhir;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.innovatorpassport.onboarding.api.SupplierProfile;

/**
 * A supplier with a product in the directory as an R4 Organization: its legal name, the public
 * register numbers it gave (Companies House, ICO, the ODS code of its DSPT) and its registered
 * address. Its contact person's details stay out: the directory is public.
 */
final class Organizations {
    private final DirectoryNames names;

    Organizations(DirectoryNames names) {
        this.names = names;
    }

    Organization of(SupplierProfile supplier) {
        Organization organization = new Organization();
        organization.setId(supplier.organisationId().toString());
        organization.setActive(true);
        organization.setName(supplier.legalName());
        identifier(organization, names.companiesHouse(), supplier.companiesHouseNumber());
        identifier(organization, names.icoRegistration(), supplier.icoNumber());
        identifier(organization, DirectoryNames.odsCode(), supplier.dsptOdsCode());
        organization.addType(new CodeableConcept().setText("Supplier of a digital health technology"));
        if (supplier.registeredAddress() != null && !supplier.registeredAddress().isBlank()) {
            organization.addAddress(new Address().setType(Address.AddressType.PHYSICAL).setText(supplier.registeredAddress()));
        }
        return organization;
    }

    private static void identifier(Organization organization, String system, String value) {
        if (value != null && !value.isBlank()) {
            organization.addIdentifier(new Identifier().setSystem(system).setValue(value.trim()));
        }
    }
}
