package org.innovatorpassport.assurance.internal.passport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.innovatorpassport.assurance.api.PassportStatus;
import org.junit.jupiter.api.Test;

class PassportContentTest {
    private static final UUID PASSPORT = UUID.fromString("6f1c2a9e-3b7d-4f0a-9c55-0d2e8b7a4c11");

    @Test
    void theSamePassportAlwaysGivesTheSameBytesWhateverOrderItsEvidenceComesIn() {
        List<PassportEvidenceRecord> evidence = evidence();
        List<PassportEvidenceRecord> shuffled = new ArrayList<>(evidence);
        Collections.reverse(shuffled);

        String once = PassportContent.of(passport(), evidence);

        assertEquals(once, PassportContent.of(passport(), evidence));
        assertEquals(once, PassportContent.of(passport(), shuffled));
    }

    @Test
    void isCanonicalJsonOfEverythingFixedAtIssue() {
        String content = PassportContent.of(passport(), evidence());

        assertTrue(content.startsWith("{\"assessor\":\"Alex Assessor\",\"assuranceBody\":\"National Digital Assurance Service\","
                + "\"code\":\"IP-ABCD-EFGH\",\"conditions\":[\"Patients must sign in with NHS login.\",\"Re-assess if the "
                + "triage changes.\"],\"evidence\":[{\"expiresOn\":null,\"id\":\"00000000-0000-4000-8000-000000000001\""), content);
        assertTrue(content.contains("\"format\":\"innovator-passport/1\""), content);
        assertTrue(content.contains("\"product\":{\"id\":\"00000000-0000-4000-8000-0000000000aa\",\"name\":\"BreatheWell\",\"version\":\"2.1\"}"), content);
        assertTrue(content.contains("\"supersedes\":[\"00000000-0000-4000-8000-0000000000c1\",\"00000000-0000-4000-8000-0000000000c2\"]"), content);
        assertTrue(content.contains("\"template\":{\"id\":\"dtac\",\"version\":\"2\"}"), content);
        assertTrue(content.contains("\"sha256\":\"" + "ab".repeat(32) + "\",\"signedOffBy\":\"Alex Assessor\""), content);
        assertFalse(content.contains("\": ") || content.contains(", \"") || content.contains("\n"), "no whitespace between tokens");
    }

    @Test
    void leavesTheStatusOutSoThatItCanChangeWithoutBreakingTheSignature() {
        PassportRecord suspended = passport();
        suspended.status = PassportStatus.SUSPENDED;
        suspended.statusReason = "Penetration test finding not remediated";
        suspended.updatedAt = Instant.parse("2026-09-01T10:00:00Z");
        suspended.version = 7;

        assertEquals(PassportContent.of(passport(), evidence()), PassportContent.of(suspended, evidence()));
        assertFalse(PassportContent.of(suspended, evidence()).contains("SUSPENDED"));
    }

    @Test
    void everyFieldFixedAtIssueChangesTheContent() {
        String original = PassportContent.of(passport(), evidence());
        List<Consumer<PassportRecord>> changes = List.of(p -> p.code = "IP-ZZZZ-ZZZZ", p -> p.productName = "BreatheWell Pro",
                p -> p.productVersion = "2.2", p -> p.supplierName = "Someone Else Ltd", p -> p.templateVersion = "1",
                p -> p.assuranceBody = "Another Body", p -> p.assessorName = "Sam", p -> p.issuedOn = p.issuedOn.minusDays(1),
                p -> p.expiresOn = p.expiresOn.plusYears(1), p -> p.conditions = "", p -> p.supersedes = "");
        for (Consumer<PassportRecord> change : changes) {
            PassportRecord changed = passport();
            change.accept(changed);
            assertNotEquals(original, PassportContent.of(changed, evidence()));
        }
        List<PassportEvidenceRecord> otherHash = evidence();
        otherHash.get(0).sha256 = "cd".repeat(32);
        assertNotEquals(original, PassportContent.of(passport(), otherHash));
        List<PassportEvidenceRecord> fewer = evidence().subList(0, 1);
        assertNotEquals(original, PassportContent.of(passport(), fewer));
    }

    private static PassportRecord passport() {
        PassportRecord p = new PassportRecord();
        p.id = PASSPORT;
        p.code = "IP-ABCD-EFGH";
        p.productId = UUID.fromString("00000000-0000-4000-8000-0000000000aa");
        p.productName = "BreatheWell";
        p.productVersion = "2.1";
        p.supplierId = UUID.fromString("00000000-0000-4000-8000-000000000101");
        p.supplierName = "Brightwell Digital Health Ltd";
        p.templateId = "dtac";
        p.templateVersion = "2";
        p.assuranceBody = "National Digital Assurance Service";
        p.assessorName = "Alex Assessor";
        p.issuedOn = LocalDate.of(2026, 7, 1);
        p.expiresOn = LocalDate.of(2027, 6, 30);
        p.status = PassportStatus.ISSUED;
        p.conditions = "Patients must sign in with NHS login.\nRe-assess if the triage changes.";
        p.supersedes = "00000000-0000-4000-8000-0000000000c2\n00000000-0000-4000-8000-0000000000c1";
        return p;
    }

    private static List<PassportEvidenceRecord> evidence() {
        List<PassportEvidenceRecord> items = new ArrayList<>();
        for (int i = 2; i >= 1; i--) {
            PassportEvidenceRecord e = new PassportEvidenceRecord();
            e.passportId = PASSPORT;
            e.evidenceId = UUID.fromString("00000000-0000-4000-8000-00000000000" + i);
            e.evidenceType = i == 1 ? "DCB0129_SAFETY_CASE" : "DSPT_ASSESSMENT";
            e.reference = "REF-" + i;
            e.issuer = "Issuer " + i;
            e.issuedOn = LocalDate.of(2026, 6, i);
            e.expiresOn = i == 1 ? null : LocalDate.of(2027, 6, 30);
            e.sha256 = "ab".repeat(32);
            e.signedOffBy = "Alex Assessor";
            items.add(e);
        }
        return items;
    }
}
