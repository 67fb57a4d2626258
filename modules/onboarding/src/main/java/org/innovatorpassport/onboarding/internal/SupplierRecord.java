package org.innovatorpassport.onboarding.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.innovatorpassport.onboarding.api.SupplierProfile;

/** The supplier's registered details, keyed by its platform organisation. */
@Entity
@Table(name = "supplier_profile")
class SupplierRecord {
    @Id
    @Column(name = "organisation_id")
    UUID organisationId;
    @Column(name = "legal_name")
    String legalName;
    @Column(name = "companies_house_number")
    String companiesHouseNumber;
    @Column(name = "registered_address")
    String registeredAddress;
    @Column(name = "ico_number")
    String icoNumber;
    @Column(name = "dspt_ods_code")
    String dsptOdsCode;
    @Column(name = "contact_name")
    String contactName;
    @Column(name = "contact_email")
    String contactEmail;
    @Column(name = "contact_phone")
    String contactPhone;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Version
    long version;

    SupplierProfile view() {
        return new SupplierProfile(organisationId, legalName, companiesHouseNumber, registeredAddress, icoNumber,
                dsptOdsCode, contactName, contactEmail, contactPhone, version);
    }
}
