package org.innovatorpassport.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.innovatorpassport.templates.api.EvidenceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ExpiryRuleTest {

    private static EvidenceType type(String code) {
        return BuiltInTemplates.LIBRARY.evidenceType(code).orElseThrow();
    }

    private static Optional<LocalDate> expiry(String code, String issuedOn) {
        return type(code).expiryFor(LocalDate.parse(issuedOn), null);
    }

    @Test
    void aCyberEssentialsCertificateIsValidForTwelveMonthsFromIssue() {
        assertEquals(Optional.of(LocalDate.of(2027, 3, 15)), expiry("CYBER_ESSENTIALS", "2026-03-15"));
    }

    @Test
    void aPenetrationTestIsValidForTwelveMonthsFromTheTestDate() {
        assertEquals(Optional.of(LocalDate.of(2027, 2, 1)), expiry("PEN_TEST", "2026-02-01"));
    }

    @ParameterizedTest(name = "published {0}, expires {1}")
    @CsvSource({
            "2025-09-01, 2026-06-30",
            "2026-07-10, 2027-06-30",
            "2026-06-29, 2026-06-30",
            "2026-06-30, 2027-06-30",
            "2026-12-31, 2027-06-30"
    })
    void aDsptPublicationExpiresAtTheNextThirtiethOfJuneDeadline(String publishedOn, String expiresOn) {
        assertEquals(Optional.of(LocalDate.parse(expiresOn)), expiry("DSPT_ASSESSMENT", publishedOn));
    }

    @Test
    void aMedicalDeviceCertificateExpiresOnTheDateItStates() {
        EvidenceType certificate = type("MEDICAL_DEVICE_CERTIFICATE");

        assertEquals(Optional.of(LocalDate.of(2029, 5, 26)),
                certificate.expiryFor(LocalDate.of(2024, 5, 27), LocalDate.of(2029, 5, 26)));
        assertEquals(Optional.empty(), certificate.expiryFor(LocalDate.of(2024, 5, 27), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DPIA", "CLINICAL_SAFETY_CASE_REPORT", "HAZARD_LOG", "CLINICAL_RISK_MANAGEMENT_PLAN",
            "ACCESSIBILITY_STATEMENT", "PRIVACY_NOTICE", "OTHER"})
    void documentsWithoutAFixedExpiryDoNotExpireByDate(String code) {
        assertEquals(Optional.empty(), type(code).expiryFor(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
    }

    @Test
    void aRuleThatCountsFromTheIssueDateNeedsOne() {
        assertThrows(IllegalArgumentException.class, () -> type("CYBER_ESSENTIALS").expiryFor(null, null));
        assertThrows(IllegalArgumentException.class, () -> type("DSPT_ASSESSMENT").expiryFor(null, null));
    }
}
