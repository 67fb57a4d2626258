package org.innovatorpassport.web.fhir;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DeviceDefinition;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.innovatorpassport.assurance.api.DirectoryEntry;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.catalogue.api.ProductDetails;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.ProductWords;

/**
 * A product version with a passport as an R4 DeviceDefinition. R4 gives a DeviceDefinition no status,
 * so the passport travels as an identifier (its verification code, valid from issue to expiry) and
 * as properties (status, expiry, NICE ESF tier, intended users, device class), each coded in this
 * directory's own code systems.
 */
final class DeviceDefinitions {
    static final String PASSPORT_STATUS = "passport-status";
    static final String PASSPORT_EXPIRY = "passport-expiry";
    static final String NICE_ESF_TIER = "nice-esf-tier";
    static final String INTENDED_USERS = "intended-users";
    static final String DEVICE_CLASS = "medical-device-class";

    private final DirectoryNames names;

    DeviceDefinitions(DirectoryNames names) {
        this.names = names;
    }

    /** {@code product} is null when the catalogue no longer holds the version the passport names. */
    DeviceDefinition of(DirectoryEntry entry, ProductView product) {
        PassportView passport = entry.passport();
        DeviceDefinition device = new DeviceDefinition();
        device.setId(passport.productId().toString());
        device.getMeta().setLastUpdated(Date.from(entry.changedAt()));
        device.addIdentifier(new Identifier().setUse(Identifier.IdentifierUse.OFFICIAL).setSystem(names.passportCode())
                .setValue(passport.code()).setPeriod(new Period().setStart(date(passport.issuedOn()))
                        .setEnd(date(passport.expiresOn()))));
        device.addIdentifier(new Identifier().setUse(Identifier.IdentifierUse.SECONDARY).setSystem(names.passportId())
                .setValue(passport.id().toString()));
        device.setManufacturer(new Reference("Organization/" + passport.supplierId()).setDisplay(passport.supplierName()));
        device.addDeviceName().setName(passport.productName()).setType(DeviceDefinition.DeviceNameType.USERFRIENDLYNAME);
        device.addVersion(passport.productVersion());
        device.setOnlineInformation(names.verification(passport.code()));
        property(device, PASSPORT_STATUS, "Passport status", new Coding(names.passportStatus(),
                passport.status().name().toLowerCase(Locale.ROOT), words(passport.status().name())));
        device.addProperty().setType(concept(names.property(), PASSPORT_EXPIRY, "Passport expiry date"))
                .addValueCode(new CodeableConcept().setText(passport.expiresOn().toString()));
        if (product != null) {
            ProductDetails details = product.details();
            property(device, NICE_ESF_TIER, "NICE Evidence Standards Framework tier",
                    new Coding(names.niceEsfTier(), details.niceTier().name(), ProductWords.label(details.niceTier())));
            property(device, INTENDED_USERS, "Intended users", new Coding(names.intendedUsers(),
                    details.intendedUsers().name().toLowerCase(Locale.ROOT), ProductWords.label(details.intendedUsers())));
            property(device, DEVICE_CLASS, "Medical device class", new Coding(names.deviceClass(),
                    details.deviceClass().name().toLowerCase(Locale.ROOT), ProductWords.label(details.deviceClass())));
            device.addNote().setText(details.summary());
        }
        return device;
    }

    private void property(DeviceDefinition device, String type, String display, Coding value) {
        device.addProperty().setType(concept(names.property(), type, display)).addValueCode(new CodeableConcept(value));
    }

    private static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept(new Coding(system, code, display));
    }

    private static String words(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
