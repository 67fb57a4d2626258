package org.innovatorpassport.web.fhir;

/**
 * The URIs that name this directory's identifiers and codes, under the service's public address so
 * that each names something a reader can look up. Kept in one place: clients match on them.
 */
record DirectoryNames(String publicUrl) {

    DirectoryNames {
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The short code anyone can verify a passport by. */
    String passportCode() {
        return publicUrl + "/fhir/sid/passport-code";
    }

    String passportId() {
        return publicUrl + "/fhir/sid/passport-id";
    }

    String companiesHouse() {
        return publicUrl + "/fhir/sid/companies-house-number";
    }

    String icoRegistration() {
        return publicUrl + "/fhir/sid/ico-registration-number";
    }

    /** The ODS code of the organisation's DSPT submission, in the NHS's own naming system. */
    static String odsCode() {
        return "https://fhir.nhs.uk/Id/ods-organization-code";
    }

    /** The kinds of property a DeviceDefinition carries. */
    String property() {
        return publicUrl + "/fhir/CodeSystem/device-property";
    }

    String passportStatus() {
        return publicUrl + "/fhir/CodeSystem/passport-status";
    }

    String niceEsfTier() {
        return publicUrl + "/fhir/CodeSystem/nice-esf-tier";
    }

    String intendedUsers() {
        return publicUrl + "/fhir/CodeSystem/intended-users";
    }

    String deviceClass() {
        return publicUrl + "/fhir/CodeSystem/medical-device-class";
    }

    String verification(String code) {
        return publicUrl + "/verify/" + code;
    }
}
